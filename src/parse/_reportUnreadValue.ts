import type { Message } from '../message.js'
import type { _Line } from './_lines.js'
import { _say } from './_say.js'

/**
 * Reports a label's value that could not be read: as empty when it holds no letter or digit
 * (or no digit for a runtime), else as a bad value.
 *
 * @param messages Receives the message.
 * @param line The line the value is on.
 * @param column The column the value starts at.
 * @param label The label as written.
 * @param path The Film property the value was for.
 * @param text The value.
 */
export function _reportUnreadValue(messages: Message[], line: _Line, column: number, label: string, path: string, text: string): void {
  const bare = text.replace(/[|/,;()\s]/g, '')
  if (!bare || !/\d|\p{L}/u.test(bare) || (path === 'runtimes' && !/\d/.test(text))) {
    _say(messages, line, column, 'warning', 'empty-value', `The label "${label}" has no value.`, path)
  } else {
    _say(messages, line, column, 'warning', 'bad-value', `Cannot read "${text.trim()}" as a value of "${label}".`, path)
  }
}
