import { _checkerFromOptions, type ValidateFilmsOptions } from './_checkOptions.js'
import { _toPointer } from './_toIssues.js'
import type { FilmIssue } from './validationIssue.js'

/** What {@link validateFilms} found. */
export interface FilmsReport {
  /** Whether no record has an error. */
  valid: boolean
  /** How many records were checked. */
  records: number
  /** Every problem, in record order; `record` is the 1-based place in the iterable. */
  issues: FilmIssue[]
}

/**
 * Validates films already in memory against the schema and the lint rules, duplicates included.
 *
 * @param films Any iterable of values, such as an array of parsed records.
 * @param options Rule settings and today's date.
 * @returns Whether the films are valid, how many there were and every problem with its record
 *   number, dot path and JSON Pointer (`/2/year` for the third film's year).
 */
export function validateFilms(films: Iterable<unknown>, options?: ValidateFilmsOptions): FilmsReport {
  if (typeof (films as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function' || typeof films === 'string') {
    throw new TypeError(`Cannot validate films with \`${String(films)}\` for \`films\`, expected an iterable of records.`)
  }
  const checker = _checkerFromOptions(options, 'validate films')
  const issues: FilmIssue[] = []
  let records = 0
  for (const film of films) {
    records++
    for (const { severity, rule, message, segments } of checker.check(film, '', records)) {
      issues.push({ severity, rule, message, path: segments.join('.'), pointer: _toPointer([records - 1, ...segments]), record: records })
    }
  }
  return { valid: !issues.some((issue) => issue.severity === 'error'), records, issues }
}
