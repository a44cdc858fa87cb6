import type { _FactState } from './_factState.js'
import { _pushFact } from './_pushFact.js'

/**
 * Ends the quote being read, keeping it when it has lines.
 *
 * @param state The reader's state.
 */
export function _endQuote(state: _FactState): void {
  if (state.quote?.lines.length) _pushFact(state.film, 'quotes', state.quote)
  state.quote = undefined
}
