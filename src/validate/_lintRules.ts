import type { _Found } from './_found.js'

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

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

const NONE: [number, Record<string, unknown>][] = []

function items(film: Record<string, unknown>, key: string): [number, Record<string, unknown>][] {
  const list = film[key]
  // Note: a plain loop; this runs several times for every record of a dataset.
  if (!Array.isArray(list) || list.length === 0) return NONE
  const out: [number, Record<string, unknown>][] = []
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index]
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) out.push([index, item as Record<string, unknown>])
  }
  return out
}

const releaseInFuture: Rule = (film, { today }) =>
  items(film, 'releaseDates').flatMap(([index, release]) => {
    const date = release.date
    if (typeof date !== 'string' || !PARTIAL_DATE.test(date) || date <= today.slice(0, date.length)) return []
    return [
      {
        rule: 'release-in-future',
        message: `The release date ${date} lies in the future (today is ${today}).`,
        segments: ['releaseDates', index, 'date'],
      },
    ]
  })

const yearMismatch: Rule = (film) => {
  if (typeof film.year !== 'number') return []
  let earliest: string | undefined
  for (const [, release] of items(film, 'releaseDates')) {
    const date = release.date
    if (typeof date === 'string' && PARTIAL_DATE.test(date) && (earliest === undefined || date < earliest)) earliest = date
  }
  if (earliest === undefined || Number(earliest.slice(0, 4)) === film.year) return []
  return [
    {
      rule: 'year-mismatch',
      message: `The year ${film.year} disagrees with the earliest release date, ${earliest}.`,
      segments: ['year'],
    },
  ]
}

const conflictingGrosses: Rule = (film) => {
  const seen = new Map<string, [number, string]>()
  const found: _LintFinding[] = []
  for (const [index, gross] of items(film, 'grosses')) {
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
  return found
}

const duplicateCast: Rule = (film) => {
  const seen = new Map<string, number>()
  const found: _LintFinding[] = []
  for (const [index, credit] of items(film, 'cast')) {
    if (typeof credit.name !== 'string') continue
    const character = typeof credit.character === 'string' ? credit.character : ''
    const key = `${credit.name.trim().toLowerCase()}|${character.trim().toLowerCase()}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, index)
    else {
      const as = character ? ` as ${character}` : ''
      found.push({
        rule: 'duplicate-cast',
        message: `${credit.name}${as} is listed in the cast twice (also cast.${first}).`,
        segments: ['cast', index, 'name'],
      })
    }
  }
  return found
}

const implausibleRuntime: Rule = (film, { runtime }) =>
  items(film, 'runtimes').flatMap(([index, cut]) => {
    const minutes = cut.minutes
    if (typeof minutes !== 'number' || (minutes >= runtime.min && minutes <= runtime.max)) return []
    return [
      {
        rule: 'implausible-runtime',
        message: `A running time of ${minutes} minutes is implausible (expected ${runtime.min} to ${runtime.max}).`,
        segments: ['runtimes', index, 'minutes'],
      },
    ]
  })

/** The lint rules that look at one record at a time, by id. */
export const _LINT_RULES: Record<string, Rule> = {
  'release-in-future': releaseInFuture,
  'year-mismatch': yearMismatch,
  'conflicting-grosses': conflictingGrosses,
  'duplicate-cast': duplicateCast,
  'implausible-runtime': implausibleRuntime,
}
