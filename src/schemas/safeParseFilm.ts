import * as v from 'valibot'
import { FilmSchema, type Film } from './film.js'
import { _toRecordIssues, type RecordIssue } from './recordIssue.js'

/** The outcome of checking a value against a record schema. */
export type RecordCheck<T> =
  | { success: true; output: T; issues: [] }
  | { success: false; output: undefined; issues: RecordIssue[] }

/**
 * Checks a value against any record schema and lists every problem with its dot path.
 *
 * @param schema A reelmark schema, such as `ReviewSchema`.
 * @param input The value to check, typically parsed JSON.
 * @returns The typed value, or every issue found.
 */
export function safeParseRecord<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): RecordCheck<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input, { abortEarly: false })
  if (result.success) return { success: true, output: result.output, issues: [] }
  return { success: false, output: undefined, issues: _toRecordIssues(result.issues) }
}

/**
 * Checks a value against {@link FilmSchema} and lists every problem with its dot path.
 *
 * @param input The value to check, typically parsed JSON.
 * @returns The typed film, or every issue found.
 */
export function safeParseFilm(input: unknown): RecordCheck<Film> {
  return safeParseRecord(FilmSchema, input)
}
