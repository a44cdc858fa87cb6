import type { _FactState } from './_factState.js'
import type { _Line } from './_lines.js'

/**
 * Counts a dropped noise line, remembering where the first one was.
 *
 * @param state The reader's state.
 * @param line The noise line.
 */
export function _countNoise(state: _FactState, line: _Line): void {
  state.noise++
  state.firstNoise ??= line.at(0)
}
