import { _endQuote } from './_endQuote.js'
import type { _FactState } from './_factState.js'

/**
 * Reads a blank line: it ends a review paragraph and a quote.
 *
 * @param state The reader's state.
 */
export function _readBlankLine(state: _FactState): void {
  const { section } = state
  if (section === 'review' && state.paragraph.length) {
    state.review!.sections[0]!.paragraphs.push(state.paragraph.join(' '))
    state.paragraph = []
  }
  if (section === 'quotes' || section === 'extras') _endQuote(state)
}
