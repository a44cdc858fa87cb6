import type { _FactState } from './_factState.js'
import type { _Line } from './_lines.js'
import { _pushFacts } from './_pushFact.js'
import { _reportUnreadValue } from './_reportUnreadValue.js'
import { _say } from './_say.js'
import type { _Part } from './_values.js'

/**
 * Keeps the parts of a value that were read (runtimes, release dates, grosses) and reports the
 * others, each at its own column.
 *
 * @param state The reader's state.
 * @param key The list the parts go to.
 * @param found The parts, read or not.
 * @param line The line the value is on.
 * @param column The column the value starts at.
 * @param label The label as written.
 * @param text The value.
 */
export function _pushParts<T>(state: _FactState, key: 'runtimes' | 'releaseDates' | 'grosses', found: _Part<T>[], line: _Line, column: number, label: string, text: string): void {
  const read = found.filter((part) => part.value !== undefined)
  if (!read.length) return _reportUnreadValue(state.messages, line, column, label, key, text)
  for (const part of found) {
    if (part.value === undefined && part.text.trim()) {
      _say(state.messages, line, column + part.offset, 'warning', /\d/.test(part.text) ? 'bad-value' : 'empty-value',
        `Cannot read "${part.text.trim()}" as a value of "${label}".`, key)
    }
  }
  _pushFacts(state.film, key, read.map((part) => part.value) as never[])
}
