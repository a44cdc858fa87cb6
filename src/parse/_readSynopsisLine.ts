import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import { _isProse } from './_isProse.js'

/**
 * Reads a line of a plot summary: prose joins the synopsis, without its signature; any other
 * line ends the summary.
 *
 * @param state The reader's state, in a plot summary.
 * @param text The line without link words.
 * @returns `0` when the line was read, or `undefined` when it ended the summary.
 */
export function _readSynopsisLine(state: _FactState, text: string): number | undefined {
  // Note: plot summaries are often signed: "... named Red. Written by J-S-Golden".
  const unsigned = text.replace(/(?<!\s)\s*(?:(?:—|–|-|~)\s*|(?:Written by|Summary by)\s+)[^\s.~—–-][^.~—–]{0,50}$/i, '')
  if (_isProse(unsigned)) {
    state.synopsis.push(unsigned)
    return 0
  }
  _enterSection(state, state.html ? 'other' : 'main')
  return undefined
}
