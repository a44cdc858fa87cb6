import { LineCounter, parseDocument, type Node } from 'yaml'
import { _jsonDepth } from '../_jsonDepth.js'
import { _LIMITS } from '../_limits.js'
import type { _Checker } from './_createChecker.js'
import type { Place } from './_jsonLocate.js'
import { _reviewFromBody } from './_reviewFromBody.js'
import { _fileIssue, _toIssues, type _Locate } from './_toIssues.js'
import { _TOO_MANY_ALIASES, _yamlErrorMessage, _yamlToJs } from './_validateYaml.js'
import { _yamlDuplicateKeys } from './_yamlDuplicateKeys.js'
import { _yamlLocate } from './_yamlLocate.js'
import type { FileReport, ValidationIssue } from './validationIssue.js'
import { _append } from '../_append.js'

const OPEN = /^---[ \t]*$/
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/

/**
 * Validates a markdown page: its YAML front matter is the film, and its body, if any, a review.
 *
 * @param text The page's text.
 * @param path The file's name, as it should appear in the report.
 * @param checker The checker to run on the film.
 * @returns One record and every problem at its line and column.
 */
export function _validateMarkdown(text: string, path: string, checker: _Checker): FileReport {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = source.split('\n').map((line) => line.replace(/\r$/, ''))

  // Step: find the front matter between its --- lines.
  if (!OPEN.test(lines[0] ?? '')) {
    const message = 'The page has no YAML front matter: start it with a line of --- and the film below it.'
    return { path, records: 0, issues: [_fileIssue('syntax-error', message, { line: 1, column: 1 })] }
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line))
  if (close === -1) {
    const message = 'The front matter is never closed: end it with a line of ---.'
    return { path, records: 0, issues: [_fileIssue('syntax-error', message, { line: 1, column: 1 })] }
  }
  const front = lines.slice(1, close).join('\n')
  if (_jsonDepth(front, _LIMITS.yamlDepth) !== -1) {
    const message = `The front matter nests [ and { deeper than ${_LIMITS.yamlDepth} levels; it is not read.`
    return { path, records: 1, issues: [_fileIssue('too-deep', message, { line: 2, column: 1 }, 1)] }
  }
  const lineCounter = new LineCounter()
  const document = parseDocument(front, { lineCounter, prettyErrors: true, uniqueKeys: false })
  const placeOf = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + 1, column: col }
  }
  if (document.errors.length > 0) {
    const issues = document.errors.map((error) => _fileIssue('syntax-error', _yamlErrorMessage(error.message), placeOf(error.pos[0]), 1))
    return { path, records: 1, issues }
  }
  const repeated = _yamlDuplicateKeys(document)
  if (repeated.length > 0) {
    const issues = repeated.map((offset) => _fileIssue('syntax-error', _yamlErrorMessage('Map keys must be unique'), placeOf(offset), 1))
    return { path, records: 1, issues }
  }

  // Step: the body, if any, is a review of the film.
  const issues: ValidationIssue[] = []
  const bodyLine = close + 2
  const body = lines.slice(close + 1).join('\n')
  const data = _yamlToJs(document, () => ({ line: 2, column: 1 }), issues)
  if (data === _TOO_MANY_ALIASES) return { path, records: 1, issues }
  let film: unknown = data ?? {}
  const fromFront = Array.isArray((film as { reviews?: unknown }).reviews) ? (film as { reviews: unknown[] }).reviews.length : 0
  if (body.trim() !== '') {
    const title = (film as { title?: unknown } | null)?.title
    const { review, messages } = _reviewFromBody(body, typeof title === 'string' ? title : undefined)
    for (const message of messages) {
      issues.push({
        severity: message.severity,
        rule: message.rule,
        message: message.message,
        path: '',
        pointer: '',
        line: bodyLine + (message.line ?? 1) - 1,
        column: message.column ?? 1,
        record: 1,
      })
    }
    if (review !== undefined && typeof film === 'object' && film !== null) {
      film = { ...film, reviews: [...((film as { reviews?: unknown[] }).reviews ?? []), review] }
    }
  }

  // Step: check the film; a problem in the body's review is placed at the body.
  const found = checker.check(film, path, 1)
  const root = document.contents as Node | null
  const locate: _Locate = (segments, atKey) => {
    if (segments[0] === 'reviews' && typeof segments[1] === 'number' && segments[1] >= fromFront) {
      return { line: bodyLine, column: 1 }
    }
    return root ? placeOf(_yamlLocate(root, segments, atKey)) : { line: 1, column: 1 }
  }
  checker.onRecord?.(film, 1, found, locate)
  _append(issues, _toIssues(found, 1, [], locate))
  return { path, records: 1, issues }
}
