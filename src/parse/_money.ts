import { _currencyCodes } from '../schemas/_currencyCodes.js'
import type { Money } from '../schemas/money.js'

/** An amount of money found in a text, and where. */
export interface _MoneyMatch {
  /** The amount, in its own currency. */
  money: Money
  /** Offset of the first character, qualifier included. */
  start: number
  /** Offset just past the amount, scale word and trailing "(estimated)" included. */
  end: number
}

// Symbols and prefixes, longest first where one contains another.
const SYMBOLS: Record<string, string> = {
  'US$': 'USD', U$S: 'USD', USD$: 'USD', 'CA$': 'CAD', C$: 'CAD', CAN$: 'CAD', 'A$': 'AUD',
  'AU$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', 'S$': 'SGD',
  'CN¥': 'CNY', 'JP¥': 'JPY', RMB: 'CNY', '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY',
  '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP',
  '₦': 'NGN', '฿': 'THB', '₫': 'VND', '₴': 'UAH', 'zł': 'PLN', Kč: 'CZK', Ft: 'HUF', 'Fr.': 'CHF',
  SFr: 'CHF', DM: 'DEM', '₤': 'ITL', 'Lit.': 'ITL', FF: 'FRF', Ptas: 'ESP', Pts: 'ESP',
}

// Currency words written after an amount ("30 million yen", "2 Millionen Euro").
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP',
  pounds: 'GBP', 'pounds sterling': 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  rupees: 'INR', won: 'KRW', rubles: 'RUB', roubles: 'RUB', forint: 'HUF', francs: 'FRF',
  'deutsche mark': 'DEM', 'deutschmarks': 'DEM', lire: 'ITL', pesetas: 'ESP', kronor: 'SEK',
  kroner: 'NOK', 'swiss francs': 'CHF', 'złoty': 'PLN', zloty: 'PLN', pesos: 'MXN',
}

// Scale words, by the power of ten they stand for.
const SCALES: [RegExp, number][] = [
  [/^(?:thousand|k|tsd\.?|ezer)$/i, 1e3],
  [/^(?:lakh|lakhs|lac)$/i, 1e5],
  [/^(?:million|millions|mln\.?|mio\.?|mill?\.?|millionen|millones|milioni|millió|m|mn|mm)$/i, 1e6],
  [/^(?:crore|crores|cr\.?)$/i, 1e7],
  [/^(?:billion|billions|bn|b|mrd\.?|milliarden?|milliards?|mil millones|miliardi|milliárd)$/i, 1e9],
]

const QUALIFIERS: [RegExp, Money['qualifier']][] = [
  [/(?:about|around|approximately|approx\.|roughly|some|circa|ca\.|c\.|an estimated|estimated|est\.|nearly|almost|close to|etwa|rund|environ|cerca de|circa)\s*$/i, 'about'],
  [/(?:over|more than|in excess of|upwards of|above|exceeding|at least|über|mehr als|plus de|más de|oltre)\s*$/i, 'over'],
  [/(?:under|less than|below|up to|just under|unter|weniger als|moins de|menos de)\s*$/i, 'under'],
]

let finder: RegExp | undefined
let sticky: RegExp | undefined
// How far before its number a match can start: the longest symbol or code ("USD$") and a space.
let reach = 0
// ASCII characters a symbol or code can open on; every other ASCII character opens none, and a
// character outside ASCII may (case folding).
const opens = new Uint8Array(128)

function _escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function _finder(): RegExp {
  if (finder) return finder
  const symbols = Object.keys(SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .map(_escape)
    .join('|')
  const codes = _currencyCodes.join('|')
  const words = Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .map(_escape)
    .join('|')
  const number = `\\d{1,3}(?:[,.\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`
  const scale = `(?:\\s*(?:thousand|lakhs?|lac|millions?|mln\\.?|mio\\.?|mill?\\.?|millionen|millones|milioni|millió|mn|mm|crores?|cr\\.?|billions?|bn|mrd\\.?|milliarden?|milliards?|miliardi|milliárd|tsd\\.?|ezer|[kmb])(?![\\p{L}\\p{N}]))?`
  // Note: either a symbol or code before the number, or a code, symbol or word after it.
  const source =
    `(?<pre>(?<![\\p{L}])(?:${symbols})|(?<![\\p{L}])(?:${codes})(?![\\p{L}]))\\s?(?<num1>${number})(?<scale1>${scale})` +
      `|(?<![\\p{L}\\p{N}.,])(?<num2>${number})(?<scale2>${scale})\\s?(?<post>(?:${codes})(?![\\p{L}])|(?:${symbols})(?![\\p{L}])|(?:${words})(?![\\p{L}]))`
  finder = new RegExp(source, 'giu')
  sticky = new RegExp(source, 'iuy')
  for (const marker of [...Object.keys(SYMBOLS), ..._currencyCodes]) {
    for (const character of [marker[0]!.toLowerCase(), marker[0]!.toUpperCase()]) {
      const code = character.charCodeAt(0)
      if (code < 0x80) opens[code] = 1
    }
  }
  reach = Math.max(...Object.keys(SYMBOLS).map((symbol) => symbol.length), ..._currencyCodes.map((code) => code.length)) + 1
  return finder
}

// An ASCII digit that does not follow another: where a written number starts.
const NUMBER_START = /(?<![0-9])[0-9]/g

/** Offset of the first number start at or after `from`, or -1. */
function _nextNumber(text: string, from: number): number {
  NUMBER_START.lastIndex = from
  return NUMBER_START.exec(text)?.index ?? -1
}

/**
 * Every match of the finder from `from` on, as a global search would give them: a number starts
 * at a run of digits, and its symbol or code stands just before it, so the pattern is tried only
 * there.
 */
function* _matches(text: string, from: number): Generator<RegExpExecArray> {
  _finder()
  const pattern = sticky!
  let floor = from
  for (let number = _nextNumber(text, from); number !== -1; number = _nextNumber(text, number + 1)) {
    for (let at = Math.max(floor, number - reach); at <= number; at++) {
      const code = text.charCodeAt(at)
      if (at < number && code < 0x80 && opens[code] === 0) continue
      pattern.lastIndex = at
      const match = pattern.exec(text)
      if (!match) continue
      yield match
      floor = at + match[0].length
      break
    }
  }
}

// What may stand beside a number as its currency, for `_moneyNumbers`: the symbols and codes by
// their last character, and the first run of ASCII letters of every symbol, code and word.
const NUMBERS = /(?<![0-9])[0-9]/g
let before: Map<number, string[]> | undefined
let after: Set<string> | undefined

function _markers(): void {
  before = new Map()
  after = new Set()
  for (const marker of [...Object.keys(SYMBOLS), ..._currencyCodes]) {
    const last = marker.charCodeAt(marker.length - 1)
    before.set(last, [...(before.get(last) ?? []), marker])
    after.add(/^[A-Za-z]*/.exec(marker)![0])
  }
  // Note: words count in any case, so they are kept in lower case.
  for (const word of Object.keys(WORDS)) after.add(/^[A-Za-z]*/.exec(word)![0])
  after.delete('')
}

function _isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && /\s/.test(String.fromCharCode(code)))
}

function _isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** Whether a symbol, code or currency word may start at `at`. */
function _markerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 0x80 || code === 0x24) return true
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
 * @returns The offsets of the numbers' first digits, in order.
 */
export function _moneyNumbers(text: string): number[] {
  if (!before) _markers()
  const numbers: number[] = []
  // Note: the numbers in one run of digits and separators ("1 000 000") share what follows it, so
  // each run is read once, and "1 " x 100,000 stays linear.
  let runEnd = -1
  let marked = false
  NUMBERS.lastIndex = 0
  for (let match = NUMBERS.exec(text); match; match = NUMBERS.exec(text)) {
    const number = match.index
    if (number >= runEnd) {
      runEnd = number
      for (let code = text.charCodeAt(runEnd); _inNumber(code); code = text.charCodeAt(++runEnd));
      marked = _markedAfter(text, runEnd)
    }
    // A marker after the run, or a symbol or code and at most one space before the number.
    if (marked || _markerBefore(text, number) || (_isSpace(text.charCodeAt(number - 1)) && _markerBefore(text, number - 1))) numbers.push(number)
  }
  return numbers
}

/** Whether a digit or a separator `_finder` allows inside a number. */
function _inNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2c || code === 0x2e || code === 0x27 || code === 0x20 || code === 0xa0 || code === 0x202f
}

/** Whether a marker may follow spaces from `at`, straight or after a word (the scale). */
function _markedAfter(text: string, at: number): boolean {
  while (_isSpace(text.charCodeAt(at))) at++
  if (_markerAt(text, at)) return true
  if (!_isLetter(text.charCodeAt(at))) return false
  while (_isLetter(text.charCodeAt(at))) at++
  if (text.charCodeAt(at) === 0x2e) at++
  while (_isSpace(text.charCodeAt(at))) at++
  return _markerAt(text, at)
}

/**
 * Reads a written number: "42,400,000", "42.400.000", "3,5", "1 234 567". A single separator
 * followed by exactly three digits groups thousands; otherwise it marks decimals.
 *
 * @param text The digits and separators.
 * @returns The number, or `NaN` when it cannot be read.
 */
export function _readNumber(text: string): number {
  // Note: one pass counts the separators, so the digits are copied only when they hold spaces.
  let commas = 0
  let dots = 0
  let spaced = false
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2c) commas++
    else if (code === 0x2e) dots++
    else if (code === 0x20 || code === 0x27 || code === 0xa0 || code === 0x202f) spaced = true
  }
  const digits = spaced ? text.replace(/[\u00a0\u202f' ]/g, '') : text
  if (commas && dots) {
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.'
    const group = decimal === ',' ? /\./g : /,/g
    return Number(digits.replace(group, '').replace(',', '.'))
  }
  const separator = commas ? ',' : dots ? '.' : ''
  if (!separator) return Number(digits)
  const count = commas || dots
  const tail = digits.slice(digits.lastIndexOf(separator) + 1)
  if (count > 1 || tail.length === 3) return Number(digits.split(separator).join(''))
  return Number(digits.replace(separator, '.'))
}

function _scale(word: string): number {
  const bare = word.trim()
  if (!bare) return 1
  for (const [pattern, power] of SCALES) if (pattern.test(bare)) return power
  return 1
}

/**
 * Finds the first amount of money in a text: "$42,400,000", "$8.5 million", "€3,5 Mio.",
 * "£1.2m", "¥30.4 billion", "EUR 2,000,000", "30 million yen", with a leading "about", "over"
 * or "under" (and their synonyms) or a trailing "(estimated)" as the qualifier. The amount stays
 * in its own currency.
 *
 * @param text The text to search.
 * @param from Offset to start searching at, default `0`.
 * @returns The money and its span, or `undefined` when the text holds no amount with a currency.
 */
export function _findMoney(text: string, from = 0): _MoneyMatch | undefined {
  // Note: every amount has a digit, and the pattern is tried only just before each number.
  for (const match of _matches(text, from)) {
    const groups = match.groups!
    const marker = groups.pre ?? groups.post!
    // Note: codes count only in capitals, so "all 5 films" holds no Albanian lek.
    const currency = SYMBOLS[marker] ?? WORDS[marker.toLowerCase()] ?? (_currencyCodes.includes(marker) ? marker : undefined)
    const value = _readNumber(groups.num1 ?? groups.num2!)
    if (!currency || !Number.isFinite(value)) continue
    const amount = Math.round(value * _scale(groups.scale1 ?? groups.scale2 ?? ''))
    const money: Money = { amount, currency }
    let start = match.index
    let end = match.index + match[0].length
    // A qualifier written before the amount, or "(estimated)" after it.
    const before = text.slice(Math.max(0, start - 24), start)
    for (const [words, qualifier] of QUALIFIERS) {
      const found = words.exec(before)
      if (found && /(?:^|[^\p{L}])$/u.test(before.slice(0, found.index))) {
        money.qualifier = qualifier!
        start -= before.length - found.index
        break
      }
    }
    const after = /^\s*\((?:estimated|est\.?|geschätzt|becsült)\)/i.exec(text.slice(end))
    if (after) {
      money.qualifier ??= 'about'
      end += after[0].length
    }
    return { money, start, end }
  }
  return undefined
}
