import type { IsoDate } from '../schemas/isoDate.js'
import { isRealIsoDate } from '../schemas/isoDate.js'

/** A date found in a text, and where. */
export interface _DateMatch {
  /** The date, full or partial. */
  date: IsoDate
  /** Offset of the first character of the date. */
  start: number
  /** Offset just past the date. */
  end: number
}

// Locales whose month names film pages are most often written in.
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'hu', 'sv', 'pl']

let months: Map<string, number> | undefined
interface _Pattern {
  pattern: RegExp
  read: (match: RegExpExecArray) => [string, number | undefined, number | undefined]
}

let patterns: _Pattern[] | undefined

function _months(): Map<string, number> {
  if (months) return months
  months = new Map([['sept', 9]])
  for (const locale of LOCALES) {
    for (const width of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat
      try {
        format = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' })
      } catch {
        continue
      }
      for (let month = 1; month <= 12; month++) {
        const name = format.format(Date.UTC(2001, month - 1, 15)).toLowerCase().replace(/\.$/, '')
        if (/^\p{L}{3,}$/u.test(name) && !months.has(name)) months.set(name, month)
      }
    }
  }
  return months
}

function _month(name: string): number | undefined {
  return _months().get(name.toLowerCase().replace(/\.$/, ''))
}

function _patterns(): _Pattern[] {
  if (patterns) return patterns
  const names = [..._months().keys()].sort((a, b) => b.length - a.length).join('|')
  const month = `(${names})\\.?`
  const day = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?'
  const year = '(\\d{4})'
  const edge = '(?<![\\p{L}\\p{N}])'
  const end = '(?![\\p{L}\\p{N}])'
  const flags = 'giu'
  patterns = [
    // 1985-03-08, 1985-03
    {
      pattern: new RegExp(`${edge}${year}-(\\d{2})(?:-(\\d{2}))?${end}`, flags),
      read: (m) => [m[1]!, Number(m[2]), m[3] ? Number(m[3]) : undefined],
    },
    // 8 March 1985, 8th of March, 1985, 8. März 1985
    {
      pattern: new RegExp(`${edge}${day}\\s+(?:of\\s+|de\\s+)?${month},?\\s+(?:de\\s+)?${year}${end}`, flags),
      read: (m) => [m[3]!, _month(m[2]!), Number(m[1])],
    },
    // March 8th, 1985
    {
      pattern: new RegExp(`${edge}${month}\\s+${day},?\\s+${year}${end}`, flags),
      read: (m) => [m[3]!, _month(m[1]!), Number(m[2])],
    },
    // 1995. május 25.
    {
      pattern: new RegExp(`${edge}${year}\\.?\\s+${month}\\s+(\\d{1,2})\\.?${end}`, flags),
      read: (m) => [m[1]!, _month(m[2]!), Number(m[3])],
    },
    // March 1985
    {
      pattern: new RegExp(`${edge}${month},?\\s+${year}${end}`, flags),
      read: (m) => [m[2]!, _month(m[1]!), undefined],
    },
    // 8.3.1985 (day first, as written in most of Europe)
    {
      pattern: new RegExp(`${edge}(\\d{1,2})\\.(\\d{1,2})\\.${year}${end}`, flags),
      read: (m) => [m[3]!, Number(m[2]), Number(m[1])],
    },
    // 11/25/2016 or 25/11/2016: read only when the order cannot matter, as in 11/11/2016, or one
    // part is over 12; 3/8/1985 could be either and gives no date.
    {
      pattern: new RegExp(`${edge}(\\d{1,2})/(\\d{1,2})/${year}${end}`, flags),
      read: (m) => {
        const [first, second] = [Number(m[1]), Number(m[2])]
        if (first === second || second > 12) return [m[3]!, first, second]
        return first > 12 ? [m[3]!, second, first] : [m[3]!, undefined, undefined]
      },
    },
  ]
  return patterns
}

function _iso(year: string, month?: number, day?: number): IsoDate | undefined {
  if (month === undefined || Number.isNaN(month)) return undefined
  const date = `${year}-${String(month).padStart(2, '0')}${day === undefined ? '' : `-${String(day).padStart(2, '0')}`}`
  return isRealIsoDate(date) ? date : undefined
}

/**
 * Finds the first date with at least a month in a free text: "8 March 1985", "March 8th, 1985",
 * "1985-03-08", "March 1985", and the same in the common European languages.
 *
 * @param text The text to search.
 * @param from Offset to start searching at, default `0`.
 * @returns The ISO date and its span, or `undefined` when the text holds no real date.
 */
export function _findDate(text: string, from = 0): _DateMatch | undefined {
  let best: _DateMatch | undefined
  for (const { pattern, read } of _patterns()) {
    pattern.lastIndex = from
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (best && match.index > best.start) break
      const [year, month, day] = read(match)
      const date = _iso(year, month, day)
      if (!date) continue
      const end = match.index + match[0].length
      if (!best || match.index < best.start || (match.index === best.start && end > best.end)) {
        best = { date, start: match.index, end }
      }
      break
    }
  }
  return best
}

/**
 * Reads a whole string as a date, also accepting a bare year ("1985").
 *
 * @param text A date such as `"8 March 1985"`, `"1985-03"` or `"1985"`.
 * @returns The ISO date, or `undefined` when the text is not one date.
 */
export function _parseDate(text: string): IsoDate | undefined {
  const bare = text.trim()
  if (/^\d{4}$/.test(bare)) return isRealIsoDate(bare) ? bare : undefined
  const found = _findDate(bare)
  return found && found.start === 0 && bare.slice(found.end).trim() === '' ? found.date : undefined
}
