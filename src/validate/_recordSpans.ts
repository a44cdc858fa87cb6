import type { Place } from './_jsonLocate.js'

/** Where each record of a JSON dataset lies in its text. */
export interface _RecordSpans {
  /** The offset of each record's first character. */
  starts: number[]
  /** The offset just past each record's last character. */
  ends: number[]
}

/**
 * Finds where each record of a JSON document lies with one pass over its characters and no tree,
 * so that only a failing record needs to be parsed again to find positions in it.
 *
 * @param text JSON text that `JSON.parse` accepts: an array of records, or an object whose
 *   `films` member holds them.
 * @param wrapped Whether the records are in `{ "films": [...] }` rather than a top-level array.
 * @returns The span of each record, in order; for a repeated `films` key, those of the last one,
 *   as `JSON.parse` keeps it.
 */
export function _recordSpans(text: string, wrapped: boolean): _RecordSpans {
  const depthOfRecords = wrapped ? 2 : 1
  let starts: number[] = []
  let ends: number[] = []
  let depth = 0
  let inRecords = false
  let start = -1
  let key = ''
  let afterFilmsKey = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Step: whitespace separates nothing we need.
    if (code === 32 || code === 10 || code === 13 || code === 9) continue
    const valueAtRecordDepth = inRecords && depth === depthOfRecords
    if (valueAtRecordDepth && start === -1 && code !== 44 && code !== 93) start = index
    if (wrapped && depth === 1 && code !== 58 && code !== 44 && code !== 125) {
      // Note: a value of the root object starts here, or a key; only `"films": [` opens the records.
      if (afterFilmsKey && code === 91) {
        inRecords = true
        starts = []
        ends = []
      }
      afterFilmsKey = false
    }
    if (code === 34) {
      // Step: skip a string; a quote ends it unless an odd number of backslashes precede it.
      const open = index
      for (;;) {
        index = text.indexOf('"', index + 1)
        if (index === -1) index = text.length
        let backslashes = 0
        while (text.charCodeAt(index - 1 - backslashes) === 92) backslashes++
        if (backslashes % 2 === 0) break
      }
      if (wrapped && depth === 1) key = text.slice(open, index + 1)
      continue
    }
    if (code === 58) {
      if (wrapped && depth === 1) afterFilmsKey = JSON.parse(key) === 'films'
    } else if (code === 123 || code === 91) {
      if (!wrapped && depth === 0 && code === 91) inRecords = true
      depth++
    } else if (code === 125 || code === 93) {
      depth--
      if (inRecords && depth === depthOfRecords - 1) {
        if (start !== -1) {
          starts.push(start)
          ends.push(index)
        }
        start = -1
        inRecords = false
      }
    } else if (code === 44 && valueAtRecordDepth) {
      starts.push(start)
      ends.push(index)
      start = -1
    }
  }
  return { starts, ends }
}

/**
 * Turns offsets into lines and columns the way momoa counts them (`\r\n`, `\r` and `\n` each end
 * a line; columns count UTF-16 units), moving forward from the last offset asked for.
 *
 * @param text The text.
 * @returns A function from an offset (never smaller than the one before) to its 1-based place.
 */
export function _placeCounter(text: string): (offset: number) => Place {
  let at = 0
  let line = 1
  let lineStart = 0
  // Note: without carriage returns, jumping from line feed to line feed is many times faster.
  if (!text.includes('\r')) {
    return (offset) => {
      for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', at)) {
        line++
        at = next + 1
        lineStart = at
      }
      return { line, column: offset - lineStart + 1 }
    }
  }
  return (offset) => {
    for (; at < offset; at++) {
      const code = text.charCodeAt(at)
      if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
        line++
        lineStart = at + 1
      }
    }
    return { line, column: offset - lineStart + 1 }
  }
}
