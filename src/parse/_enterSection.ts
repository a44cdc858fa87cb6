import { _countSentences } from './_countSentences.js'
import { _endQuote } from './_endQuote.js'
import type { _FactState, _Section } from './_factState.js'
import { _pushFact } from './_pushFact.js'
import { _readReviewRating } from './_readExtras.js'

/**
 * Ends what the current section was reading (a quote, a user review, a synopsis) and opens the
 * next one.
 *
 * @param state The reader's state.
 * @param next The section to open.
 */
export function _enterSection(state: _FactState, next: _Section): void {
  _endQuote(state)
  endReview(state)
  endSynopsis(state)
  state.section = next
  if (next === 'review') state.review = { sections: [{ kind: 'overview', paragraphs: [] }] }
}

function endReview(state: _FactState): void {
  const { review } = state
  if (!review) return
  if (state.paragraph.length) review.sections[0]!.paragraphs.push(state.paragraph.join(' '))
  state.paragraph = []
  const { title, author, datePublished, sections } = review
  if (sections[0]!.paragraphs.length) {
    const rating = review.rating ?? _readReviewRating(sections[0]!.paragraphs.join('\n'))
    _pushFact(state.film, 'reviews', {
      ...(title ? { title } : {}),
      ...(author ? { author } : {}),
      ...(datePublished ? { datePublished } : {}),
      ...(rating ? { rating } : {}),
      sections,
    })
  }
  state.review = undefined
}

function endSynopsis(state: _FactState): void {
  const { film, synopsis } = state
  if (synopsis.length && !film.synopsis) {
    const text = synopsis.join('\n\n').replace(/(?<!\s)\s*(?:[—–-]\s*)?Written by\s+[^.]{2,60}$/i, '').trim()
    // Note: a plot of a sentence or two is the logline.
    if (text && !film.logline && synopsis.length === 1 && _countSentences(text) <= 2 && text.length <= 300) film.logline = text
    else if (text) film.synopsis = text
  }
  state.synopsis = []
}
