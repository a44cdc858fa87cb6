import type { AggregateRating } from '../schemas/aggregateRating.js'
import type { ReleaseDate, Runtime } from '../schemas/film.js'
import type { Gross } from '../schemas/gross.js'
import type { Money } from '../schemas/money.js'
import { _findDate, _parseDate } from './_dates.js'
import { _findMoney } from './_money.js'
import { _readNumber } from './_money.js'
import { _findRegion, _regionCode } from './_region.js'

// Link words that pages append to a value: "See more »", "more", "See all certifications »".
// Note: each word ends where it must (at the first "»", or at the end), so no two repetitions can
// share characters and backtracking stays polynomial; it is only run on the last TRAILER_REACH
// characters, so its cost per value is bounded.
// eslint-disable-next-line regexp/no-super-linear-move -- bounded by TRAILER_REACH
const TRAILERS = /(?:\s*(?:\|\s*)?(?:see (?:more|all|full)(?:[^»]*»|[^»]*$)|more(?:\s*\(view trailer\))?|show more|read more|full (?:cast|summary)[^»]*»|view content advisory(?:\s*»)?|full summary(?:\s*\|\s*full synopsis)?|full synopsis|add the first question\.?|»|…more))+\s*$/i

/** How far from the end of a value link words are looked for; they are a few words long. */
const TRAILER_REACH = 300

/**
 * Removes link words that pages append to values, such as "See more »".
 *
 * @param value The value as written.
 * @returns The value without them, trimmed.
 */
export function _trimValue(value: string): string {
  const cut = Math.max(0, value.length - TRAILER_REACH)
  return (value.slice(0, cut) + value.slice(cut).replace(TRAILERS, '')).trim()
}

/**
 * Splits a list value on the separators pages use: `|`, `/`, `,`, `;`, `·`, `•` and a final "and".
 *
 * @param value A list such as `"USA | Malta | UK"` or `"Cher, Eric Stoltz and Sam Elliott"`.
 * @returns The items, trimmed, without empty ones.
 */
export function _splitList(value: string): string[] {
  return _trimValue(value)
    .split(/(?<!\s)\s*(?:\||\s\/\s|;|·|•|,(?!\s*(?:Jr|Sr|Inc|Ltd)\b)|\band\b|&)\s*/)
    .map((item) => item.trim())
    .filter((item) => item && !/^(?:see (?:more|all|full).*|more|\.\.\.|etc\.?|\d+ more( credits?)?)$/i.test(item))
}

/**
 * Reads a list of people: names without their role notes ("Homer (poem)" is Homer).
 *
 * @param value A list such as `"Homer (poem), David Benioff (screenplay)"`.
 * @returns The names, in order, each once.
 */
export function _readPeople(value: string): string[] {
  const names = _splitList(value.replace(/\([^()]*\)/g, (note) => note.replace(/[,|/;&]/g, ' ')))
    .map((item) => item.replace(/(?<!\s)\s*\([^()]*\)\s*/g, ' ').replace(/(?<!\s)\s*\[[^[\]]*\]\s*/g, ' ').trim())
    .filter((name) => _isName(name))
  return [...new Set(names)]
}

/**
 * Tells whether a short text looks like a person's name: one to six words, starting with capitals
 * (particles such as "de" and "van" aside), no sentence punctuation.
 *
 * @param text The text.
 * @returns Whether it could be a name.
 */
export function _isName(text: string): boolean {
  if (text.length < 2 || text.length > 60 || /[!?:;"“”]|\d{2}/.test(text)) return false
  const words = text.split(' ')
  if (words.length > 6 || UI_WORDS.test(text)) return false
  return (
    /^\p{Lu}/u.test(text) &&
    words.every((word) => /^(?:\p{Lu}|\d|'|\(|d'|O'|Mc|van|von|de|der|den|da|del|della|di|du|la|le|el|al|bin|ibn|y|e|of|dos|das|ter|ten|zu)/u.test(word))
  )
}

// Words of page chrome that no name holds.
const UI_WORDS =
  /\b(?:photos?|gallery|trailers?|videos?|see|view|more|full|edit|watch|add|reviews?|details|contact|sign|login|register|credits|crew|episodes?|share|imdbpro|page|click|here|menu|search|home|next|prev|previous|rate|rating|votes?)\b/i

const NUMBER = String.raw`\d+(?:[.,]\d+)?`

/**
 * Reads a running time in minutes: "163 min", "142 minutes", "2h 22min", "2 hr 22 min", "1:58",
 * "2 óra 22 perc", "PT2H10M".
 *
 * @param text The text holding the running time.
 * @returns The minutes and where they were found, or `undefined`.
 */
export function _findMinutes(text: string): { minutes: number; start: number; end: number } | undefined {
  const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
    [/PT(?:(\d+)H)?(?:(\d+)M)?/, (m) => Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)],
    [
      /\b(\d{1,2})\s*(?:h|hr|hrs|hours?|std\.?|óra|heures?|horas?|ore|uur|tim(?:mar)?)\.?\s*(?:(\d{1,2})\s*(?:m|min|mins|minutes?|perc|minuten|minuti|minutos)\.?)?(?![\p{L}])/iu,
      (m) => Number(m[1]) * 60 + Number(m[2] ?? 0),
    ],
    [/\b(\d{1,4})\s*(?:m|min|mins|minutes?|perc|minuten|minuti|minutos|Min\.?|mn)\.?(?![\p{L}])/iu, (m) => Number(m[1])],
    [/\b(\d):([0-5]\d)(?::[0-5]\d)?\b/, (m) => Number(m[1]) * 60 + Number(m[2])],
    [/^\s*(\d{2,3})\s*$/, (m) => Number(m[1])],
  ]
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(text)
    if (!match) continue
    const minutes = read(match)
    if (minutes >= 1 && minutes <= 6000) return { minutes, start: match.index, end: match.index + match[0].length }
  }
  return undefined
}

/** A value read from one part of a label's value, with the part's offset for messages. */
export interface _Part<T> {
  /** What was read, or `undefined` when the part held nothing readable. */
  value: T | undefined
  /** The part as written. */
  text: string
  /** Offset of the part in the value. */
  offset: number
}

function _parts(value: string, separator = /(?<!\s)\s*\|\s*|(?<!\s)\s+\/\s+/g): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = []
  let last = 0
  for (const match of value.matchAll(separator)) {
    parts.push({ text: value.slice(last, match.index), offset: last })
    last = match.index + match[0].length
  }
  parts.push({ text: value.slice(last), offset: last })
  return parts.filter((part) => part.text.trim() !== '' || parts.length > 1)
}

function _notes(text: string): { region?: string; notes: string[] } {
  let region: string | undefined
  const notes: string[] = []
  for (const match of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = match[1]!.trim()
    const code = _regionCode(inner)
    if (code && !region) region = code
    else if (inner && !_parseDate(inner)) notes.push(inner)
  }
  return { ...(region ? { region } : {}), notes }
}

/**
 * Reads running times: "163 min | Germany: 189 min (director's cut) | USA: 146 min (TV version)".
 *
 * @param value The value of a runtime label.
 * @param labelRest What followed the label's known words, such as a region.
 * @returns One part per cut; parts with no minutes carry no value.
 */
export function _readRuntimes(value: string, labelRest = ''): _Part<Runtime>[] {
  return _parts(_trimValue(value), /(?<!\s)\s*\|\s*|(?<!\s)\s+\/\s+|(?<!\s)\s*,\s*(?=\p{Lu}[\p{L} .]*:)/gu).map(({ text, offset }) => {
    const regionMatch = /^\s*([^:\d()\s][^:\d()]{1,39}?)\s*:\s*/.exec(text)
    const region = regionMatch ? _regionCode(regionMatch[1]!) : labelRest ? _regionCode(labelRest) : undefined
    const rest = regionMatch ? text.slice(regionMatch[0].length) : text
    const found = _findMinutes(rest)
    const { region: boxed, notes } = _notes(rest)
    const runtime: Runtime | undefined = found
      ? {
          minutes: found.minutes,
          ...((region ?? boxed) ? { region: (region ?? boxed)! } : {}),
          ...(notes.length ? { note: notes.join(', ') } : {}),
        }
      : undefined
    return { value: runtime, text, offset }
  })
}

/**
 * Reads release dates: "14 May 2004 (USA)", "25 May 1995 (Hungary) | 1994-09-23 (premiere)".
 *
 * @param value The value of a release date label.
 * @param labelRest What followed the label's known words, such as a region.
 * @returns One part per date.
 */
export function _readReleaseDates(value: string, labelRest = ''): _Part<ReleaseDate>[] {
  return _parts(_trimValue(value)).map(({ text, offset }) => {
    const found = _findDate(text)
    const date = found?.date ?? /\b(1[89]\d\d|20\d\d)\b/.exec(text)?.[1]
    const regionMatch = /^\s*([^:\d()\s][^:\d()]{1,39}?)\s*:\s*/.exec(text)
    const { region: boxed, notes } = _notes(text)
    const region = boxed ?? (regionMatch ? _regionCode(regionMatch[1]!) : undefined) ?? (labelRest ? _regionCode(labelRest) : undefined)
    return {
      value: date ? { date, ...(region ? { region } : {}), ...(notes.length ? { note: notes.join(', ') } : {}) } : undefined,
      text,
      offset,
    }
  })
}

/**
 * Reads takings: "$133,378,256 (USA) (30 September 2004)", "$727,327, 25 September 1994".
 *
 * @param value The value of a gross label.
 * @param label The label, whose words give the scope ("Opening Weekend USA") and region.
 * @returns One part per amount.
 */
export function _readGrosses(value: string, label: string): _Part<Gross>[] {
  const normal = label.toLowerCase()
  const scope: Gross['scope'] | undefined = /opening/.test(normal)
    ? 'opening-weekend'
    : /world|cumulative|global|total/.test(normal)
      ? 'worldwide'
      : /domestic|\bus\b|usa|canada|north america/.test(normal)
        ? 'domestic'
        : undefined
  // Note: the "domestic" market of the box office, US & Canada, is reported as the US.
  const labelRegion = /world|international/.test(normal)
    ? undefined
    : /\b(?:us|usa|united states)\s*(?:&|and)\s*canada\b|north america/.test(normal)
      ? 'US'
      : _findRegion(label)?.code
  const text = _trimValue(value)
  const parts: _Part<Gross>[] = []
  let from = 0
  for (let found = _findMoney(text); found; found = _findMoney(text, from)) {
    const next = _findMoney(text, found.end)
    const tail = text.slice(found.end, next ? next.start : text.length)
    const region = _notes(tail).region ?? labelRegion
    const date = _findDate(tail)?.date
    const gross: Gross = {
      ...found.money,
      ...(region ? { region } : {}),
      ...(scope ? { scope } : {}),
      ...(date ? { date } : {}),
    }
    parts.push({ value: gross, text: text.slice(found.start, next ? next.start : text.length), offset: found.start })
    from = found.end
  }
  if (!parts.length) parts.push({ value: undefined, text, offset: 0 })
  return parts
}

/**
 * Reads a budget: "$175,000,000 (estimated)", "about €3,5 Mio.".
 *
 * @param value The value of a budget label.
 * @returns The money, or `undefined`.
 */
export function _readBudget(value: string): Money | undefined {
  return _findMoney(value)?.money
}

/**
 * Reads a site rating: "7.0/10 (12,168 voted)", "9,3/10", "90%", "7.8 out of 10 from 51,188 users".
 *
 * @param value The value of a rating label.
 * @returns The rating without its source, or `undefined` when the value is not numeric.
 */
export function _readRating(value: string): Omit<AggregateRating, 'source'> | undefined {
  const scaled = new RegExp(`(?<!\\d)(${NUMBER})\\s*(?:/|out of|of)\\s*(\\d+)(?!\\d)(?![.,][\\d.,]*\\s*(?:people|users found)|\\s*(?:people|users found))`, 'i').exec(value)
  const percent = /(\d{1,3})\s*%/.exec(value)
  let rating: Omit<AggregateRating, 'source'> | undefined
  if (scaled && (!percent || scaled.index < percent.index)) {
    const best = Number(scaled[2])
    const number = _readNumber(scaled[1]!.replace(',', '.'))
    if (!(best > 0) || !(number <= best)) return undefined
    rating = { value: number, best, worst: best === 100 ? 0 : best <= 10 ? (number < 1 ? 0 : 1) : 0 }
  } else if (percent) {
    const number = Number(percent[1])
    if (number > 100) return undefined
    rating = { value: number, best: 100, worst: 0 }
  } else return undefined
  const count = /(?<!\d)(\d(?:[\d,.]|[\u00a0\u202f ](?=\d))*)\s*(?:(?:critic |user |member )?(?:votes?|ratings?|reviews?)|voted|users?)/i.exec(
    value.slice((scaled ?? percent)!.index + (scaled ?? percent)![0].length),
  ) ?? /(?:votes?|ratings?|count)\s*(?::\s*)?(\d[\d,.\u00a0\u202f ]*)/i.exec(value)
  if (count) {
    const votes = Math.round(_readNumber(count[1]!.trim()))
    if (votes >= 1) rating.count = votes
  }
  return rating
}
