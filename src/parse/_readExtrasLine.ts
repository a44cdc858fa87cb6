import { _endQuote } from './_endQuote.js'
import type { _FactState } from './_factState.js'
import { _pushFact } from './_pushFact.js'
import { _readGoof, _readQuoteLine } from './_readExtras.js'
import { _trimValue } from './_values.js'

/**
 * Reads a line of trivia, goofs or quotes (or of a "Did you know" block holding all three): a
 * goof with its category, a line of a quote, or one item of its section.
 *
 * @param state The reader's state, in trivia, goofs, quotes or extras.
 * @param line The line without link words.
 * @returns `0`: the line is always the section's.
 */
export function _readExtrasLine(state: _FactState, line: string): number {
  const { film, section } = state
  const text = _trimValue(line)
  if (!text) return 0
  const goof = section !== 'quotes' && section !== 'trivia' ? _readGoof(text) : undefined
  if (goof) {
    _endQuote(state)
    _pushFact(film, 'goofs', goof)
    return 0
  }
  // Stage directions alone, as "[laughs]", carry nothing.
  if (/^\[[^\]]+\]$/.test(text)) return 0
  const quoteLine = section !== 'trivia' && section !== 'goofs' ? _readQuoteLine(text) : undefined
  if (quoteLine) {
    state.quote ??= { lines: [] }
    state.quote.lines.push(quoteLine)
    return 0
  }
  _endQuote(state)
  if (section === 'goofs') _pushFact(film, 'goofs', { text })
  else if (section === 'quotes') _pushFact(film, 'quotes', { lines: [{ text }] })
  else _pushFact(film, 'trivia', text)
  return 0
}
