import type { _FactState } from './_factState.js'
import { _headingOf } from './_headingOf.js'
import { _labelOf } from './_labelOf.js'
import type { _Field } from './_labels.js'
import type { _Line } from './_lines.js'
import { _readPeople, _trimValue } from './_values.js'

/** Where a label's value was found. */
export interface _LabelValue {
  /** The value, list items joined by ", ". */
  text: string
  /** The line the value starts on. */
  line: _Line
  /** The column the value starts at. */
  column: number
  /** How many lines after the label's own the value took. */
  used: number
}

const LIST_FIELDS = new Set<_Field>(['directors', 'writers', 'stars', 'countries', 'languages', 'genres', 'cast'])

/**
 * Finds the value of a label: after the colon, or on the next lines when the page puts it there
 * (HTML lists of names take one line each).
 *
 * @param state The reader's state.
 * @param index The index of the label's line.
 * @param inline The text after the colon.
 * @param field The field the label names.
 * @returns The value and where it is.
 */
export function _labelValue(state: _FactState, index: number, inline: string, field: _Field): _LabelValue {
  const { lines, html } = state
  const line = lines[index]!
  if (inline.trim()) return { text: inline, line, column: line.text.length - inline.length, used: 0 }
  const values: string[] = []
  let used = 0
  for (let next = index + 1; next < lines.length && used < 30; next++) {
    const candidate = lines[next]!
    if (!candidate.text || candidate.heading === 1) break
    const labelled = _labelOf(candidate.text)
    if ((labelled && (labelled.field || !html)) || _headingOf(candidate, html, state.titleSeen)) break
    const text = _trimValue(candidate.text)
    if (values.length && (!LIST_FIELDS.has(field) || !_readPeople(text).length || field === 'cast')) break
    values.push(text)
    used = next - index
    if (!html || !LIST_FIELDS.has(field)) break
  }
  if (!values.length) return { text: '', line, column: line.text.length, used: 0 }
  const first = lines[index + 1]!
  return { text: values.join(LIST_FIELDS.has(field) ? ', ' : ' '), line: first, column: 0, used }
}
