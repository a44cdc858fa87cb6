import type { _Found } from './_found.js'
import { _isAsciiTrimmed } from './_isAsciiTrimmed.js'

/** What a record-level lint rule needs besides the record. */
export interface _LintContext {
  /** Today, as an ISO date. */
  today: string
  /** Plausible running times in minutes. */
  runtime: { min: number; max: number }
}

/** A finding of a lint rule, before its severity is set. */
export type _LintFinding = Omit<_Found, 'severity' | 'atKey'>

type Rule = (film: Record<string, unknown>, context: _LintContext) => _LintFinding[]

/** What a rule returns when it finds nothing: one shared array, so a clean record allocates none. */
const NONE: _LintFinding[] = []

/** The value when it is a non-empty array, else `undefined`. */
function listOf(value: unknown): unknown[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value : undefined
}

/** Whether text is a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as `/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/`). */
function isPartialDate(text: string): boolean {
  const length = text.length
  if (length !== 4 && length !== 7 && length !== 10) return false
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (index === 4 || index === 7 ? code !== 45 : code < 48 || code > 57) return false
  }
  return true
}

/** Whether a date lies after today cut to its length, as `date > today.slice(0, date.length)` does. */
function isAfter(date: string, today: string): boolean {
  for (let index = 0; index < date.length; index++) {
    if (index === today.length) return true
    const code = date.charCodeAt(index)
    const todays = today.charCodeAt(index)
    if (code !== todays) return code > todays
  }
  return false
}

/** Whether a list item is an object a rule reads (not null, not an array). */
function isItem(item: unknown): item is Record<string, unknown> {
  return typeof item === 'object' && item !== null && !Array.isArray(item)
}

// Note: the rules run for every record of a dataset, so they are plain loops that allocate nothing
// until they find something, and read each list by its literal name (a name passed in makes every
// read a generic lookup).

const releaseInFuture: Rule = (film, { today }) => {
  const list = listOf(film.releaseDates)
  if (!list) return NONE
  let found: _LintFinding[] | undefined
  for (let index = 0; index < list.length; index++) {
    const release: unknown = list[index]
    if (!isItem(release)) continue
    const date = release.date
    if (typeof date !== 'string' || !isPartialDate(date) || !isAfter(date, today)) continue
    ;(found ??= []).push({
      rule: 'release-in-future',
      message: `The release date ${date} lies in the future (today is ${today}).`,
      segments: ['releaseDates', index, 'date'],
    })
  }
  return found ?? NONE
}

const yearMismatch: Rule = (film) => {
  if (typeof film.year !== 'number') return NONE
  const list = listOf(film.releaseDates)
  if (!list) return NONE
  let earliest: string | undefined
  for (let index = 0; index < list.length; index++) {
    const release: unknown = list[index]
    if (!isItem(release)) continue
    const date = release.date
    if (typeof date === 'string' && isPartialDate(date) && (earliest === undefined || date < earliest)) earliest = date
  }
  if (earliest === undefined || yearOf(earliest) === film.year) return NONE
  return [
    {
      rule: 'year-mismatch',
      message: `The year ${film.year} disagrees with the earliest release date, ${earliest}.`,
      segments: ['year'],
    },
  ]
}

/** The year of a partial date, as `Number(date.slice(0, 4))` reads it. */
function yearOf(date: string): number {
  let year = 0
  for (let index = 0; index < 4; index++) year = year * 10 + date.charCodeAt(index) - 48
  return year
}

const conflictingGrosses: Rule = (film) => {
  const list = listOf(film.grosses)
  // Note: one gross cannot conflict with another.
  if (!list || list.length < 2) return NONE
  const seen = new Map<string, [number, string]>()
  const found: _LintFinding[] = []
  for (let index = 0; index < list.length; index++) {
    const gross: unknown = list[index]
    if (!isItem(gross)) continue
    if (typeof gross.amount !== 'number' || typeof gross.currency !== 'string') continue
    const key = [gross.region ?? '', gross.scope ?? '', gross.date ?? ''].join('|')
    const figure = `${gross.amount} ${gross.currency}`
    const first = seen.get(key)
    if (!first) seen.set(key, [index, figure])
    else if (first[1] !== figure) {
      const where = [gross.region ?? 'no region', gross.scope, gross.date].filter(Boolean).join(', ')
      found.push({
        rule: 'conflicting-grosses',
        message: `The gross ${figure} (${where}) differs from grosses.${first[0]}, ${first[1]}, for the same region.`,
        segments: ['grosses', index, 'amount'],
      })
    }
  }
  return found.length > 0 ? found : NONE
}

/** The first and last letters, and the hashes, of the credits being checked, reused from cast to cast. */
const creditEdges = new Int32Array(32)
const creditHashes = new Int32Array(32)

const duplicateCast: Rule = (film) => {
  const list = listOf(film.cast)
  // Note: one credit cannot repeat another.
  if (!list || list.length < 2) return NONE
  if (list.length > creditEdges.length) return duplicateCastByKey(list)
  // Note: two keys `name|character` that start or end with different visible ASCII characters
  // (letters in any case) differ, so a cast whose credits all differ there repeats no credit;
  // reading two characters a credit settles most casts.
  let count = 0
  for (let index = 0; index < list.length; index++) {
    const credit: unknown = list[index]
    if (!isItem(credit) || typeof credit.name !== 'string') continue
    const character = typeof credit.character === 'string' ? credit.character : ''
    const first = foldedAscii(credit.name.charCodeAt(0))
    const last = character === '' ? 124 : foldedAscii(character.charCodeAt(character.length - 1))
    if (first === -1 || last === -1) return duplicateCastByHash(list)
    const edges = (first << 8) | last
    for (let at = 0; at < count; at++) if (creditEdges[at] === edges) return duplicateCastByHash(list)
    creditEdges[count++] = edges
  }
  return NONE
}

/** A visible ASCII character, lowercased; `-1` for any other character or none. */
function foldedAscii(code: number): number {
  if (!(code > 32 && code < 128)) return -1
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** `duplicate-cast` by hashes of the keys `name|character`, building the keys only when two hashes meet. */
function duplicateCastByHash(list: unknown[]): _LintFinding[] {
  let count = 0
  for (let index = 0; index < list.length; index++) {
    const credit: unknown = list[index]
    if (!isItem(credit) || typeof credit.name !== 'string') continue
    const character = typeof credit.character === 'string' ? credit.character : ''
    const hash = foldedHash(character, Math.imul(foldedHash(credit.name, 0x811c9dc5) ^ 124, 0x01000193))
    for (let at = 0; at < count; at++) if (creditHashes[at] === hash) return duplicateCastByKey(list)
    creditHashes[count++] = hash
  }
  return NONE
}

/** Carries a 32-bit FNV-1a hash over `text.trim().toLowerCase()`. */
function foldedHash(text: string, hash: number): number {
  const ascii = _isAsciiTrimmed(text)
  const folded = ascii ? text : text.trim().toLowerCase()
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index)
    hash = Math.imul(hash ^ (ascii && code >= 65 && code <= 90 ? code + 32 : code), 0x01000193)
  }
  return hash
}

/** `duplicate-cast` with a Map from `name|character` keys to the first credit holding each. */
function duplicateCastByKey(list: unknown[]): _LintFinding[] {
  const seen = new Map<string, number>()
  const found: _LintFinding[] = []
  for (let index = 0; index < list.length; index++) {
    const credit: unknown = list[index]
    if (!isItem(credit) || typeof credit.name !== 'string') continue
    const character = typeof credit.character === 'string' ? credit.character : ''
    const key = `${credit.name.trim().toLowerCase()}|${character.trim().toLowerCase()}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, index)
    else found.push(castFinding(credit.name, character, index, first))
  }
  return found
}

function castFinding(name: string, character: string, index: number, first: number): _LintFinding {
  const as = character ? ` as ${character}` : ''
  return {
    rule: 'duplicate-cast',
    message: `${name}${as} is listed in the cast twice (also cast.${first}).`,
    segments: ['cast', index, 'name'],
  }
}

const implausibleRuntime: Rule = (film, { runtime }) => {
  const list = listOf(film.runtimes)
  if (!list) return NONE
  let found: _LintFinding[] | undefined
  for (let index = 0; index < list.length; index++) {
    const cut: unknown = list[index]
    if (!isItem(cut)) continue
    const minutes = cut.minutes
    if (typeof minutes !== 'number' || (minutes >= runtime.min && minutes <= runtime.max)) continue
    ;(found ??= []).push({
      rule: 'implausible-runtime',
      message: `A running time of ${minutes} minutes is implausible (expected ${runtime.min} to ${runtime.max}).`,
      segments: ['runtimes', index, 'minutes'],
    })
  }
  return found ?? NONE
}

/** The lint rules that look at one record at a time, by id. */
export const _LINT_RULES: Record<string, Rule> = {
  'release-in-future': releaseInFuture,
  'year-mismatch': yearMismatch,
  'conflicting-grosses': conflictingGrosses,
  'duplicate-cast': duplicateCast,
  'implausible-runtime': implausibleRuntime,
}
