import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import { _isProse } from './_isProse.js'
import { _isTitleCase } from './_isTitleCase.js'
import { _readReviewByline } from './_readReviewByline.js'

/**
 * Reads a line of a user review: its byline, its headline, or a line of its text.
 *
 * @param state The reader's state, in a user review.
 * @param index The index of the line.
 * @param text The line without link words.
 * @returns `0`: the line is always the review's.
 */
export function _readReviewLine(state: _FactState, index: number, text: string): number {
  if (!state.review) _enterSection(state, 'review')
  const { html } = state
  let current = state.review!
  let started = current.sections[0]!.paragraphs.length || state.paragraph.length
  // The byline before the text: date, author, sometimes the title and stars. On a list of reviews,
  // the next one's byline ends the one before.
  const byline = _readReviewByline(text)
  if (byline?.author && started && (current.author || current.rating)) {
    _enterSection(state, 'review')
    current = state.review!
    started = 0
  }
  if (byline && !started) {
    if (byline.date) current.datePublished ??= byline.date
    if (byline.author) current.author ??= byline.author
    if (byline.title && !current.title) current.title = byline.title
    if (byline.rating) current.rating ??= byline.rating
    return 0
  }
  // Note: a review's headline is a short first line standing alone, often in title case.
  const alone = html || !state.lines[index + 1]?.text
  if (!current.title && !started && alone && text.length <= 120 && (!_isProse(text) || _isTitleCase(text))) {
    current.title = text.replace(/[.,]\s*$/, '')
    return 0
  }
  if (html) current.sections[0]!.paragraphs.push(text)
  else state.paragraph.push(text)
  return 0
}
