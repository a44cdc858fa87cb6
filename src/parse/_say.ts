import type { Message } from '../message.js'
import type { _Line } from './_lines.js'

/**
 * Adds a message about a place in a line.
 *
 * @param messages Receives the message.
 * @param line The line.
 * @param index The offset in the line's text the message points at.
 * @param severity How serious it is.
 * @param rule The stable rule id.
 * @param message The sentence to show.
 * @param path The Film property it is about, when there is one.
 */
export function _say(messages: Message[], line: _Line, index: number, severity: Message['severity'], rule: string, message: string, path?: string): void {
  const point = line.at(index)
  messages.push({ severity, rule, message, line: point.line, column: point.column, ...(path ? { path } : {}) })
}
