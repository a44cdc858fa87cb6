import { _currencyCodes } from '../schemas/_currencyCodes.js'
import { _CURRENCY_SYMBOLS, _CURRENCY_WORDS } from './_currencyMarkers.js'
import { _isSpaceCode } from './_isSpaceCode.js'

// An ASCII digit that does not follow another: where a written number starts.
const NUMBERS = /(?<![0-9])[0-9]/g

// What may stand beside a number as its currency, for `_moneyNumbers`: the symbols and codes by
// their last character, and the first run of ASCII letters of every symbol, code and word.
let before: Map<number, string[]> | undefined
let after: Set<string> | undefined
// ASCII letters an entry of `after` can open on: symbols and codes in their own case, words in any.
const opens = new Uint8Array(128)

function _markers(): void {
  before = new Map()
  after = new Set()
  for (const marker of [...Object.keys(_CURRENCY_SYMBOLS), ..._currencyCodes]) {
    const last = marker.charCodeAt(marker.length - 1)
    before.set(last, [...(before.get(last) ?? []), marker])
    after.add(/^[A-Za-z]*/.exec(marker)![0])
  }
  // Note: words count in any case, so they are kept in lower case.
  for (const word of Object.keys(_CURRENCY_WORDS)) {
    after.add(/^[A-Za-z]*/.exec(word)![0])
    opens[word.toUpperCase().charCodeAt(0)] = 1
  }
  after.delete('')
  for (const word of after) opens[word.charCodeAt(0)] = 1
}

function _isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** Whether a symbol, code or currency word may start at `at`. */
function _markerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 0x80 || code === 0x24) return true
  if (opens[code] !== 1) return false
  let end = at
  while (_isLetter(text.charCodeAt(end))) end++
  if (end === at) return false
  // Note: a letter outside ASCII may fold into a marker ("zł", the Kelvin sign as "k").
  if (text.charCodeAt(end) >= 0x80) return true
  const word = text.slice(at, end)
  return after!.has(word) || after!.has(word.toLowerCase())
}

/** Whether a symbol or code ends just before `at`. */
function _markerBefore(text: string, at: number): boolean {
  const markers = before!.get(text.charCodeAt(at - 1))
  if (!markers) return false
  for (const marker of markers) if (at >= marker.length && text.startsWith(marker, at - marker.length)) return true
  return false
}

/**
 * Offsets of the numbers in a text that a symbol, code or currency word may stand beside: every
 * number that starts an amount `_findMoney` finds is among them, and most years, ratings and
 * counts are not.
 *
 * @param text The text to search.
 * @param starts Where the text's numbers start (digits after no digit), in order, when a search of
 *   its own found them.
 * @returns The offsets of the numbers' first digits, in order.
 */
export function _moneyNumbers(text: string, starts?: readonly number[]): number[] {
  if (!before) _markers()
  const numbers: number[] = []
  // Note: the numbers in one run of digits and separators ("1 000 000") share what follows it, so
  // each run is read once, and "1 " x 100,000 stays linear.
  let runEnd = -1
  let marked = false
  const found = starts ?? _numberStarts(text)
  for (const number of found) {
    if (number >= runEnd) {
      runEnd = number
      for (let code = text.charCodeAt(runEnd); _inNumber(code); code = text.charCodeAt(++runEnd));
      marked = _markedAfter(text, runEnd)
    }
    // A marker after the run, or a symbol or code and at most one space before the number.
    if (marked || _markerBefore(text, number) || (_isSpaceCode(text.charCodeAt(number - 1)) && _markerBefore(text, number - 1))) numbers.push(number)
  }
  return numbers
}

/** Where the numbers of a text start: every digit after no digit. */
function _numberStarts(text: string): number[] {
  const starts: number[] = []
  NUMBERS.lastIndex = 0
  while (NUMBERS.test(text)) starts.push(NUMBERS.lastIndex - 1)
  return starts
}

/** Whether a digit, or a separator that `_findMoney` allows inside a number. */
function _inNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2c || code === 0x2e || code === 0x27 || code === 0x20 || code === 0xa0 || code === 0x202f
}

/** Whether a marker may follow spaces from `at`, straight or after a word (the scale). */
function _markedAfter(text: string, at: number): boolean {
  while (_isSpaceCode(text.charCodeAt(at))) at++
  if (_markerAt(text, at)) return true
  if (!_isLetter(text.charCodeAt(at))) return false
  while (_isLetter(text.charCodeAt(at))) at++
  if (text.charCodeAt(at) === 0x2e) at++
  while (_isSpaceCode(text.charCodeAt(at))) at++
  return _markerAt(text, at)
}
