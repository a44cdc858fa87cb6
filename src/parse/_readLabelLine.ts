import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import { _labelOf } from './_labelOf.js'
import { _looksLikeLabel } from './_looksLikeLabel.js'
import { _readLabel } from './_readLabel.js'
import { _say } from './_say.js'

/**
 * Reads a line that starts with a label: a known label is read (leaving the section it ends),
 * an unknown one is reported where facts are expected.
 *
 * @param state The reader's state.
 * @param index The index of the line.
 * @param text The line without link words.
 * @returns How many more lines the label took, or `undefined` when the line is for its section.
 */
export function _readLabelLine(state: _FactState, index: number, text: string): number | undefined {
  const labelled = _labelOf(text)
  if (!labelled) return undefined
  const { name, value, field, rest } = labelled
  const { section } = state
  const inSection = section === 'extras' || section === 'trivia' || section === 'goofs' || section === 'quotes' || section === 'review'
  if (field && !(inSection && field === 'known' && value) && !(section === 'review' && !['review'].includes(field) && value.length > 80)) {
    if (inSection || section === 'ignore' || section === 'cast' || section === 'synopsis') _enterSection(state, state.html ? 'other' : 'main')
    return _readLabel(state, index, name, value, field, rest)
  }
  if (!field && !inSection && section !== 'ignore' && section !== 'cast' && _looksLikeLabel(name, value)) {
    _say(state.messages, state.lines[index]!, 0, 'warning', 'unknown-label', `The label "${name}" is not part of the film record; its value is left out.`)
    return 0
  }
  return undefined
}
