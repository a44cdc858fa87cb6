import type { Film } from './film.js'
import type { RecordIssue } from './recordIssue.js'
import { safeParseFilm } from './safeParseFilm.js'

/** Thrown by {@link parseFilm} when a value is not a valid film. */
export class FilmValidationError extends Error {
  /** Every problem found, each with its dot path. */
  readonly issues: RecordIssue[]

  constructor(issues: RecordIssue[]) {
    const listed = issues.map((issue) => `${issue.path || '(film)'}: ${issue.message}`)
    super(`Cannot accept film: ${listed.join(' ')}`)
    this.name = 'FilmValidationError'
    this.issues = issues
  }
}

/**
 * Checks a value against the film schema and returns it typed, or throws.
 *
 * @param input The value to check, typically parsed JSON.
 * @returns The same value, typed as a {@link Film}.
 * @throws {FilmValidationError} With every issue when the value is not a valid film.
 */
export function parseFilm(input: unknown): Film {
  const result = safeParseFilm(input)
  if (!result.success) throw new FilmValidationError(result.issues)
  return result.output
}
