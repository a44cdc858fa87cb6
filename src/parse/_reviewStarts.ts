import { _AWARD_WORDS } from './_reviewAwards.js'
import { _RATING_STARTS } from './_reviewRating.js'
import { _startFinder } from './_startFinder.js'

/** Where the readers of a review can find something, from one search of it. */
export interface _ReviewStarts {
  /** The places of `_RATING_STARTS`, for `_findRatings`. */
  ratings: number[][]
  /**
   * Where an award word starts a word, for `_reviewFacts`; `undefined` when the review holds "golden
   * bear", which counts inside a word too, so the award words are searched for on their own.
   */
  awardWords: number[] | undefined
  /** Where a number starts: every digit after no digit. */
  numberStarts: number[]
}

// Note: rating starts, award words and the starts of numbers share one search of the text; a
// search each cost about 2 us on a 1.8 kB review.
const FINDER = _startFinder([
  ..._RATING_STARTS,
  { characters: '', words: _AWARD_WORDS },
  { characters: '0123456789', words: [], notAfterDigit: true },
])
const AWARDS = _RATING_STARTS.length
const GOLDEN_BEAR = /golden bear/i

/**
 * Finds, in one search of a review, where its ratings can begin, where its award words start and
 * where its numbers start. Every award pattern but "golden bear" opens on a word boundary, so an
 * award word inside a word names no award.
 *
 * @param text The review.
 * @returns The places, each list in text order.
 */
export function _reviewStarts(text: string): _ReviewStarts {
  const places = FINDER(text)
  return {
    ratings: places.slice(0, AWARDS),
    awardWords: GOLDEN_BEAR.test(text) ? undefined : places[AWARDS]!,
    numberStarts: places[AWARDS + 1]!,
  }
}
