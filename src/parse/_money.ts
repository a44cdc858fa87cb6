import { _currencyCodes } from '../schemas/_currencyCodes.js'
import type { Money } from '../schemas/money.js'
import { _CURRENCY_SYMBOLS as SYMBOLS, _CURRENCY_WORDS as WORDS } from './_currencyMarkers.js'

/** An amount of money found in a text, and where. */
export interface _MoneyMatch {
  /** The amount, in its own currency. */
  money: Money
  /** Offset of the first character, qualifier included. */
  start: number
  /** Offset just past the amount, scale word and trailing "(estimated)" included. */
  end: number
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
  _finder()
  const pattern = sticky!
  // Note: every amount has a digit, and its symbol or code stands just before it, so the pattern
  // is tried only there; a match that holds no currency still moves the search past itself.
  let floor = from
  for (let number = _nextNumber(text, from); number !== -1; number = _nextNumber(text, number + 1)) {
    for (let at = Math.max(floor, number - reach); at <= number; at++) {
      const code = text.charCodeAt(at)
      if (at < number && code < 0x80 && opens[code] === 0) continue
      // Note: both branches look behind for a letter, so no match starts just after one.
      const previous = text.charCodeAt(at - 1)
      if ((previous >= 0x61 && previous <= 0x7a) || (previous >= 0x41 && previous <= 0x5a)) continue
      pattern.lastIndex = at
      const match = pattern.exec(text)
      if (!match) continue
      floor = at + match[0].length
      const found = _read(text, match)
      if (found) return found
      break
    }
  }
  return undefined
}

/** The amount a match of the finder states, or `undefined` when its marker is no currency. */
function _read(text: string, match: RegExpExecArray): _MoneyMatch | undefined {
  const groups = match.groups!
  const marker = groups.pre ?? groups.post!
  // Note: codes count only in capitals, so "all 5 films" holds no Albanian lek.
  const currency = SYMBOLS[marker] ?? WORDS[marker.toLowerCase()] ?? (_currencyCodes.includes(marker) ? marker : undefined)
  const value = _readNumber(groups.num1 ?? groups.num2!)
  if (!currency || !Number.isFinite(value)) return undefined
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
