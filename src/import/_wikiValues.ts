import type { ReleaseDate, Runtime } from '../schemas/film.js'
import type { Money } from '../schemas/money.js'
import { _findDate } from '../parse/_dates.js'
import { _findMoney } from '../parse/_money.js'
import { _regionCode } from '../parse/_region.js'
import { isRealIsoDate } from '../schemas/isoDate.js'
import { _plainText, _template } from './_wikitext.js'

/** A part of a value left out. */
export interface _WikiProblem {
  /** How serious it is. */
  severity: 'warning' | 'info'
  /** The stable rule id. */
  rule: string
  /** A full sentence. */
  message: string
}

const _invalid = (message: string): _WikiProblem => ({ severity: 'warning', rule: 'invalid-value', message })

/** What a value reader found, and what it could not read. */
export interface _WikiRead<T> {
  /** The values read. */
  values: T[]
  /** What was left out, and why. */
  problems: _WikiProblem[]
}

/**
 * Reads the `released` value: each date of `{{Film date|1976|2|8|place|...}}` with its place as
 * a region or a note, or dates written out as text.
 *
 * @param wikitext The raw value.
 * @param unknown Called with each template it cannot read.
 * @returns The release dates and the problems met.
 */
export function _wikiReleases(wikitext: string, unknown: (name: string) => void): _WikiRead<ReleaseDate> {
  const values: ReleaseDate[] = []
  const problems: _WikiProblem[] = []
  const open = wikitext.search(/\{\{\s*film[ _]date\s*\|/i)
  if (open !== -1) {
    const { positional } = _template(wikitext, open)
    for (let index = 0; index < positional.length; index += 4) {
      const [year = '', month = '', day = '', place = ''] = positional.slice(index, index + 4)
      const date = [year, month && month.padStart(2, '0'), day && day.padStart(2, '0')].filter(Boolean).join('-')
      if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) || !isRealIsoDate(date) || (!month && day)) {
        problems.push(_invalid(`Left out the release date ${[year, month, day].join('|')}: it is not a real date.`))
        continue
      }
      values.push({ date, ..._place(_plainText(place, unknown)) })
    }
    return { values, problems }
  }
  for (const line of _plainText(wikitext, unknown).split('\n')) {
    const found = _findDate(line) ?? (/^\d{4}$/.test(line.trim()) ? { date: line.trim(), start: 0, end: 4 } : undefined)
    if (!found) {
      if (line.trim()) problems.push(_invalid(`Left out the release date "${line}": it holds no date.`))
      continue
    }
    const rest = line.slice(found.end).replace(/^[\s,]*\(?/, '').trimEnd().replace(/\)$/, '')
    values.push({ date: found.date, ..._place(rest) })
  }
  return { values, problems }
}

function _place(text: string): { region?: string; note?: string } {
  const bare = text.replace(/^\(|\)$/g, '').trim()
  if (!bare) return {}
  const region = _regionCode(bare)
  return region ? { region } : { note: bare }
}

/**
 * Reads the `runtime` value: "113 minutes", or several cuts such as
 * "81 minutes (US release) / 88 minutes (international release)".
 *
 * @param wikitext The raw value.
 * @param unknown Called with each template it cannot read.
 * @returns The running times and the problems met.
 */
export function _wikiRuntimes(wikitext: string, unknown: (name: string) => void): _WikiRead<Runtime> {
  const values: Runtime[] = []
  const problems: _WikiProblem[] = []
  for (const line of _plainText(wikitext, unknown).split('\n')) {
    const match = /(?<!\d)(\d+(?:\.\d+)?)\s*(?:minutes|mins?\.?)\b(.*)$/i.exec(line)
    const note = (match ? match[2]! : line).replace(/^[\s,;:/-]*\(?/, '').trimEnd().replace(/\)$/, '').trim()
    if (match) values.push({ minutes: Math.round(Number(match[1])) })
    const last = values.at(-1)
    if (note && last && last.note === undefined && last.region === undefined) {
      // Note: "(US release)" names a region; anything else is the cut's note.
      const region = _regionCode(note.replace(/(?<!\s)\s+(?:release|version|cut|theatrical release)$/i, ''))
      if (region) last.region = region
      else last.note = note
    } else if (note && !match) problems.push(_invalid(`Left out "${line}" from the runtime: it holds no minutes.`))
  }
  return { values, problems }
}

/**
 * Reads a `budget` or `gross` value: "$1.9 million", "US$28.3 million", "¥30.4 billion". A
 * figure in parentheses after the first is a conversion by the article and is left out, as is
 * a range, which one amount cannot hold.
 *
 * @param wikitext The raw value.
 * @param unknown Called with each template it cannot read.
 * @returns The amounts, in the article's currency, and the problems met.
 */
export function _wikiMoney(wikitext: string, unknown: (name: string) => void): _WikiRead<Money> {
  const values: Money[] = []
  const problems: _WikiProblem[] = []
  for (const line of _plainText(wikitext, unknown).split('\n')) {
    if (values.length > 0 && /^\(.*\)$/.test(line.trim())) {
      problems.push({ severity: 'info', rule: 'ignored-value', message: `Left out "${line}": it converts the amount before it into another currency.` })
      continue
    }
    const range = /\d\s*(?:–|—|-|to)\s*(?:US)?[$£€¥]?\d/.exec(line)
    const found = _findMoney(line)
    if (range && found) {
      problems.push(_invalid(`Left out "${line}": it is a range, and an amount holds one figure.`))
      continue
    }
    if (!found) {
      problems.push(_invalid(`Left out "${line}": it holds no amount with a currency.`))
      continue
    }
    values.push(found.money)
  }
  return { values, problems }
}
