import type { _Found } from './_found.js'
import type { Place } from './_jsonLocate.js'
import type { ValidationIssue } from './validationIssue.js'

/** Finds the place of a path from the record's root in the source text. */
export type _Locate = (segments: readonly (string | number)[], atKey: boolean) => Place

/**
 * Gives the problems of one failing record their places in the file.
 *
 * @param found The record's problems.
 * @param record The record's 1-based number in the file.
 * @param prefix The path from the file's data to the record, for pointers.
 * @param locate Finds a place from the record's root.
 * @returns The issues, in the order they were found.
 */
export function _toIssues(
  found: readonly _Found[],
  record: number,
  prefix: readonly (string | number)[],
  locate: _Locate,
): ValidationIssue[] {
  return found.map(({ severity, rule, message, segments, atKey }) => {
    const place = locate(segments, atKey)
    return {
      severity,
      rule,
      message,
      path: segments.join('.'),
      pointer: _toPointer([...prefix, ...segments]),
      line: place.line,
      column: place.column,
      record,
    }
  })
}

/**
 * Writes a path as a JSON Pointer.
 *
 * @param segments Keys and array indexes.
 * @returns The pointer, such as `"/films/2/year"`; `""` for the root.
 */
export function _toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

/**
 * Makes an issue about the file itself, such as a syntax error.
 *
 * @param rule The rule's id.
 * @param message A full sentence.
 * @param place Where it is.
 * @param record The record it concerns; default `0`, none.
 * @returns The issue, an error.
 */
export function _fileIssue(rule: string, message: string, place: Place, record = 0): ValidationIssue {
  return { severity: 'error', rule, message, path: '', pointer: '', line: place.line, column: place.column, record }
}
