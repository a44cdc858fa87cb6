import { parse as parseJsonTree } from '@humanwhocodes/momoa'
import { _jsonDepth } from '../_jsonDepth.js'
import { _LIMITS } from '../_limits.js'
import type { Message } from '../message.js'
import { _positions } from '../parse/_position.js'

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
  // Note: limits first, so hostile JSON costs one linear scan and never the call stack.
  if (source.length > _LIMITS.inputLength) {
    const message = `The JSON is ${source.length} characters long; reelmark reads at most ${_LIMITS.inputLength}.`
    return { ok: false, message: { severity: 'error', rule: 'input-too-large', message, line: 1, column: 1 } }
  }
  const deep = _jsonDepth(source, _LIMITS.jsonDepth)
  if (deep !== -1) {
    const message = `The JSON nests deeper than ${_LIMITS.jsonDepth} levels; it is not read.`
    return { ok: false, message: { severity: 'error', rule: 'too-deep', message, ..._positions(source)(deep) } }
  }
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
