import { parse as parseJsonTree } from '@humanwhocodes/momoa'
import type { Message } from '../message.js'

/** JSON text read into a value, or the syntax error that stopped it. */
export type _JsonRead = { ok: true; value: unknown; text: string } | { ok: false; message: Message }

/**
 * Reads JSON text without throwing, skipping a byte order mark.
 *
 * @param text The JSON text.
 * @returns The value (and the text it was read from), or a `syntax-error` message with its
 *   line and column.
 */
export function _readJson(text: string): _JsonRead {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(source), text: source }
  } catch (error) {
    const message: Message = {
      severity: 'error',
      rule: 'syntax-error',
      message: `The JSON cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
    }
    try {
      parseJsonTree(source)
    } catch (detail) {
      const place = detail as { line?: unknown; column?: unknown }
      if (typeof place.line === 'number' && typeof place.column === 'number') {
        message.line = place.line
        message.column = place.column
      }
    }
    return { ok: false, message }
  }
}
