import { _enterSection } from './_enterSection.js'
import type { _FactState, _Section } from './_factState.js'
import { _fieldPath } from './_fieldPath.js'
import { _labelValue } from './_labelValue.js'
import type { _Field } from './_labels.js'
import { _reportUnreadValue } from './_reportUnreadValue.js'
import { _say } from './_say.js'
import { _storeLabelValue } from './_storeLabelValue.js'
import { _trimValue } from './_values.js'

// Fields whose first value stands: other films' facts repeat these labels further down.
const FIRST_ONLY = ['title', 'year', 'directors', 'writers', 'stars', 'budget', 'logline', 'taglines', 'genres', 'countries', 'languages', 'originalTitle']

// Credits whose labels may follow one another, each adding names.
const CREDIT_RUNS: _Field[] = ['directors', 'writers']

// Fields whose label alone opens a section.
const OPENS_SECTION = ['trivia', 'goofs', 'quotes', 'synopsis', 'review', 'cast']

/**
 * Reads a known label and its value into the film: a repeated label keeps its first value, a
 * label alone may open a section, an empty value is reported.
 *
 * @param state The reader's state.
 * @param index The index of the label's line.
 * @param name The label as written.
 * @param inline The text after the colon.
 * @param field The field the label names.
 * @param rest What the label adds to its field.
 * @returns How many lines after the label's own the value took.
 */
export function _readLabel(state: _FactState, index: number, name: string, inline: string, field: _Field, rest: string): number {
  const line = state.lines[index]!
  const { text: raw, line: at, column, used } = _labelValue(state, index, inline, field)
  const text = _trimValue(raw)
  const path = field
  // Other films' facts repeat labels further down; the first value stands. A label of the same
  // credit on the next line ("Screenplay", then "Novel") adds to it.
  const run = state.lastLabel?.field === field && state.lastLabel.end === index - 1 && CREDIT_RUNS.includes(field)
  state.lastLabel = { field, end: index + used }
  if (FIRST_ONLY.includes(field) && state.seen.has(field) && !run) {
    if (state.seen.get(field) !== text && text) {
      _say(state.messages, line, 0, 'info', 'repeated-label', `The label "${name}" appears again with another value; the first one is kept.`, path)
    }
    return used
  }
  if (field !== 'known') state.seen.set(field, text)
  if (OPENS_SECTION.includes(field) && !text) {
    _enterSection(state, field === 'goofs' ? 'goofs' : field === 'quotes' ? 'quotes' : field === 'trivia' ? 'extras' : (field as _Section))
    return used
  }
  if (field === 'known') return state.html && !inline.trim() ? used : 0
  if (!text) {
    _reportUnreadValue(state.messages, at, column, name, _fieldPath(field), text)
    return used
  }
  state.contentSeen = true
  _storeLabelValue(state, { name, field, rest, raw, text, line: at, column })
  return used
}
