import { _countNoise } from './_countNoise.js'
import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import type { _Line } from './_lines.js'

// Lines that close a user review.
const REVIEW_END = /people found (?:this|the following) (?:review|comment)|was this review helpful|^review this title|^comments are closed/i

/**
 * Reads the closing line of a user review ("12 of 15 people found this review helpful"): it
 * ends the review once the review has text.
 *
 * @param state The reader's state, in a user review.
 * @param line The line.
 * @returns Whether the line closes a review.
 */
export function _readReviewEnd(state: _FactState, line: _Line): boolean {
  const { text } = line
  if (!REVIEW_END.test(text)) return false
  if (/^comments are closed/i.test(text)) _countNoise(state, line)
  if (state.review?.sections[0]!.paragraphs.length || state.paragraph.length) _enterSection(state, 'main')
  else if (/^comments are closed/i.test(text)) _enterSection(state, 'main')
  return true
}
