import { _pointAt } from '../parse/_position.js'
import type { Place } from './_jsonLocate.js'

/** Where the members of an object or the elements of an array start, read once per container. */
type Entries = Map<string, { key: number; value: number }> | number[]

/**
 * Prepares finding where values sit in JSON text by walking the text itself, with no tree: as
 * `_jsonLocate` on the text's momoa document answers, for a fraction of the cost of building that
 * document. Each object or array on a path is walked once and its entries kept, and lines are
 * found by a binary search, so a record with many failing values is located in linear time.
 *
 * @param text JSON text that `JSON.parse` accepts.
 * @returns A function from a path (keys and array indexes from the text's root value), and
 *   whether to point at the last key rather than its value (for unknown fields), to the value's
 *   place or, for a key the value lacks, the place of the nearest value that should hold it.
 */
export function _jsonTextLocator(text: string): (segments: readonly (string | number)[], atKey?: boolean) => Place {
  const root = skipSpace(text, 0)
  const entries = new Map<number, Entries>()
  let lineStarts: number[] | undefined
  const entriesAt = (at: number): Entries | undefined => {
    const code = text.charCodeAt(at)
    if (code !== 123 && code !== 91) return undefined
    let found = entries.get(at)
    if (!found) {
      found = code === 123 ? members(text, at) : elements(text, at)
      entries.set(at, found)
    }
    return found
  }
  return (segments, atKey = false) => {
    let at = root
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index] as string | number
      const found = entriesAt(at)
      let next: number | undefined
      if (found instanceof Map) {
        // Note: the first member with the key, as momoa's list of members finds it.
        const member = found.get(String(segment))
        if (member) next = atKey && index === segments.length - 1 ? member.key : member.value
      } else if (found && typeof segment === 'number') {
        next = found[segment]
      }
      if (next === undefined) break
      at = next
    }
    lineStarts ??= _lineStarts(text)
    return _pointAt(lineStarts, at)
  }
}

/** The members of the object that opens at `at`: for each key, its first member's key and value offsets. */
function members(text: string, at: number): Map<string, { key: number; value: number }> {
  const found = new Map<string, { key: number; value: number }>()
  let member = skipSpace(text, at + 1)
  while (text.charCodeAt(member) === 34) {
    const keyEnd = stringEnd(text, member)
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1)
    const key = keyOf(text, member, keyEnd)
    if (!found.has(key)) found.set(key, { key: member, value })
    const after = skipSpace(text, valueEnd(text, value))
    if (text.charCodeAt(after) !== 44) break
    member = skipSpace(text, after + 1)
  }
  return found
}

/** Where each element of the array that opens at `at` starts. */
function elements(text: string, at: number): number[] {
  const found: number[] = []
  let element = skipSpace(text, at + 1)
  while (element < text.length && text.charCodeAt(element) !== 93) {
    found.push(element)
    const after = skipSpace(text, valueEnd(text, element))
    if (text.charCodeAt(after) !== 44) break
    element = skipSpace(text, after + 1)
  }
  return found
}

/** Offsets where lines start: after a line feed, or after a carriage return not followed by one. */
function _lineStarts(text: string): number[] {
  const starts = [0]
  const returns = text.includes('\r')
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || (returns && code === 13 && text.charCodeAt(at + 1) !== 10)) starts.push(at + 1)
  }
  return starts
}

function skipSpace(text: string, index: number): number {
  for (;;) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return index
    index++
  }
}

/** The offset just past the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let index = start
  for (;;) {
    index = text.indexOf('"', index + 1)
    if (index === -1) return text.length
    let backslashes = 0
    while (text.charCodeAt(index - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return index + 1
  }
}

/** The key of the string from `start` to `end`, its escapes read. */
function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1)
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw
}

/** The offset just past the value that starts at `start`. */
function valueEnd(text: string, start: number): number {
  const code = text.charCodeAt(start)
  if (code === 34) return stringEnd(text, start)
  if (code !== 123 && code !== 91) {
    // Note: a number, `true`, `false` or `null` runs to the next separator or space.
    let index = start
    for (; index < text.length; index++) {
      const next = text.charCodeAt(index)
      if (next === 44 || next === 93 || next === 125 || next === 32 || next === 10 || next === 13 || next === 9) break
    }
    return index
  }
  let depth = 0
  for (let index = start; index < text.length; index++) {
    const next = text.charCodeAt(index)
    if (next === 34) index = stringEnd(text, index) - 1
    else if (next === 123 || next === 91) depth++
    else if ((next === 125 || next === 93) && --depth === 0) return index + 1
  }
  return text.length
}
