import { _lookupLabel, type _Field } from './_labels.js'

/** A line read as a label and its value. */
export interface _Labelled {
  /** The label as written, without the colon. */
  name: string
  /** The text after the label, `""` when the value is on the next lines. */
  value: string
  /** The field the label names, when it is a known one. */
  field?: _Field
  /** What the label adds to its field, as "(USA)" in "Release date (USA)". */
  rest: string
}

// Labels written without a colon, as in "Directed by Wolfgang Petersen".
const BY_LABEL = /^(directed by|written by|screenplay by|writing credits(?: \(wga\))?|starring|produced by|music by)(?=\s|$)\s*(\S.*)?$/i

/** A label and its value, as in "Runtime: 142 min". */
export const _LABEL = /^([\p{L}][\p{L}\p{N} '’&/().-]{0,40}?)\s*[:：]\s*(\S.*)?$/u

/**
 * Reads a line as a label and its value, as in "Runtime: 142 min" or "Directed by Frank Darabont".
 *
 * @param text A trimmed line.
 * @returns The label, or `undefined` when the line has none.
 */
export function _labelOf(text: string): _Labelled | undefined {
  const by = BY_LABEL.exec(text)
  if (by) {
    const found = _lookupLabel(by[1]!)
    return { name: by[1]!, value: by[2] ?? '', field: found?.field ?? 'known', rest: '' }
  }
  const match = _LABEL.exec(text)
  if (!match) return undefined
  const name = match[1]!.trim()
  // Note: "Amy Adams ... Role: Louise Banks" is a cast line, not a label.
  if (/\.\.\.|…/.test(name)) return undefined
  const found = _lookupLabel(name)
  return { name, value: match[2] ?? '', ...(found ? { field: found.field, rest: found.rest } : { rest: '' }) }
}
