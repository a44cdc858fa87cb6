import { parse as parseJsonTree } from '@humanwhocodes/momoa'
import { _jsonDepth } from '../_jsonDepth.js'
import { _LIMITS } from '../_limits.js'
import { _positions } from '../parse/_position.js'
import type { _Checker } from './_createChecker.js'
import type { Place } from './_jsonLocate.js'
import { _jsonTextLocator } from './_jsonTextLocate.js'
import { _recordsOf } from './_recordsOf.js'
import { _placeCounter, _recordSpans, type _RecordSpans } from './_recordSpans.js'
import { _fileIssue, _toIssues, type _Locate } from './_toIssues.js'
import type { FileReport, ValidationIssue } from './validationIssue.js'
import { _append } from '../_append.js'

/**
 * Validates the text of a `.json` dataset: one film, an array of films, or `{ "films": [...] }`.
 *
 * @param text The file's text.
 * @param path The file's name, as it should appear in the report.
 * @param checker The checker to run on each record.
 * @returns How many records the file holds and every problem at its line and column.
 */
export function _validateJson(text: string, path: string, checker: _Checker): FileReport {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const tooDeep = _jsonTooDeep(source)
  if (tooDeep) return { path, records: 0, issues: [tooDeep] }
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    const { message, place } = _jsonSyntaxError(source)
    return { path, records: 0, issues: [_fileIssue('syntax-error', `The file is not valid JSON: ${message}`, place)] }
  }

  // Step: find the records and where they live in the document.
  const { records, prefix } = _recordsOf(data)

  // Step: check each record; only a failing record is parsed again into a tree, to find positions.
  const issues: ValidationIssue[] = []
  let spans: _RecordSpans | undefined
  let placeOf: ((offset: number) => Place) | undefined
  let wholeLocator: _Locate | undefined
  const locateIn = (index: number): _Locate => {
    if (!prefix) {
      wholeLocator ??= _jsonTextLocator(source)
      return wholeLocator
    }
    // Note: only a failing record's text is read again, from where the single pass found it.
    spans ??= _recordSpans(source, prefix.length > 0)
    placeOf ??= _placeCounter(source)
    const start = spans.starts[index] ?? 0
    const text = source.slice(start, spans.ends[index])
    const origin = placeOf(start)
    const locator = _jsonTextLocator(text)
    return (segments, atKey) => {
      const place = locator(segments, atKey)
      return place.line === 1 ? { line: origin.line, column: origin.column + place.column - 1 } : { line: origin.line + place.line - 1, column: place.column }
    }
  }
  records.forEach((record, index) => {
    const found = checker.check(record, path, index + 1)
    if (found.length === 0 && !checker.onRecord) return
    const locate = locateIn(index)
    checker.onRecord?.(record, index + 1, found, locate)
    if (found.length > 0) _append(issues, _toIssues(found, index + 1, prefix ? [...prefix, index] : [], locate))
  })
  return { path, records: records.length, issues }
}

/**
 * Checks JSON text against the nesting limit before anything recursive reads it.
 *
 * @param text The JSON text.
 * @param lineOffset Lines before the text in its file; default `0`.
 * @returns A `too-deep` issue at the bracket past the limit, or `undefined`.
 */
export function _jsonTooDeep(text: string, lineOffset = 0): ValidationIssue | undefined {
  const deep = _jsonDepth(text, _LIMITS.jsonDepth)
  if (deep === -1) return undefined
  const { line, column } = _positions(text)(deep)
  return _fileIssue('too-deep', `The JSON nests deeper than ${_LIMITS.jsonDepth} levels; it is not read.`, { line: line + lineOffset, column })
}

/**
 * Says why and where a JSON text fails to parse.
 *
 * @param text The JSON text.
 * @returns The reason, as a sentence, and its place in the text.
 */
export function _jsonSyntaxError(text: string): { message: string; place: Place } {
  try {
    parseJsonTree(text)
  } catch (error) {
    const { line = 1, column = 1, message } = error as Error & { line?: number; column?: number }
    const reason = message.replace(/(?<!\s)\s*\(\d+:\d+\)$/, '')
    return { message: reason.endsWith('.') ? reason : `${reason}.`, place: { line, column } }
  }
  // Note: JSON.parse and momoa disagree only on inputs momoa accepts and JSON.parse does not.
  return { message: 'it cannot be parsed.', place: { line: 1, column: 1 } }
}
