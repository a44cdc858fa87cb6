import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import { _headingOf } from './_headingOf.js'
import { _labelOf } from './_labelOf.js'
import { _pushFact } from './_pushFact.js'
import { _readCastLine, _withCharacter } from './_readExtras.js'
import { _isName } from './_values.js'

/**
 * Reads a line of a cast list: a credit, a name whose character is on the next line, an
 * "as Character" for the name before, or a name alone; any other line ends the list.
 *
 * @param state The reader's state, in a cast list.
 * @param index The index of the line.
 * @param text The line without link words.
 * @returns How many more lines the credit took, or `undefined` when the line ended the list.
 */
export function _readCastListLine(state: _FactState, index: number, text: string): number | undefined {
  const { film, lines, html } = state
  // A name waiting for its character: "Tim Robbins ..." then "Andy Dufresne".
  const pending = /^(.+?)(?<!\s)\s*(?:\.\.\.|…|-|–|—|\bas)$/.exec(text.replace(/(?<!\s)\s*\t\s*/g, ' ').trim())
  if (pending && _isName(pending[1]!)) {
    const next = lines[index + 1]
    const credit = { name: pending[1]! }
    if (next?.text && !_labelOf(next.text) && !_headingOf(next, html, state.titleSeen) && !_readCastLine(next.text)) {
      _pushFact(film, 'cast', _withCharacter(credit, next.text))
      return 1
    }
    _pushFact(film, 'cast', credit)
    return 0
  }
  const credit = _readCastLine(text)
  if (credit) {
    _pushFact(film, 'cast', credit)
    return 0
  }
  // The character of the name before: "Morgan Freeman" then "as Ellis Boyd 'Red' Redding".
  const last = film.cast?.at(-1)
  if (last && !last.character && /^as\s+\S/i.test(text)) {
    film.cast![film.cast!.length - 1] = _withCharacter(last, text)
    return 0
  }
  if (_isName(text.replace(/(?<!\s)\s*\([^()]*\)/g, ''))) {
    _pushFact(film, 'cast', { name: text.replace(/(?<!\s)\s*\([^()]*\)/g, '').trim() })
    return 0
  }
  _enterSection(state, html ? 'other' : 'main')
  return undefined
}
