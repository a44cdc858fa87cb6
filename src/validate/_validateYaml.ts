import { LineCounter, parseAllDocuments, type Node } from 'yaml'
import { _jsonDepth } from '../_jsonDepth.js'
import { _LIMITS } from '../_limits.js'
import type { _Checker } from './_createChecker.js'
import { _yamlDuplicateKeys } from './_yamlDuplicateKeys.js'
import type { Place } from './_jsonLocate.js'
import { _recordsOf } from './_recordsOf.js'
import { _fileIssue, _toIssues, type _Locate } from './_toIssues.js'
import { _yamlLocate } from './_yamlLocate.js'
import type { FileReport, ValidationIssue } from './validationIssue.js'
import { _append } from '../_append.js'

/**
 * Validates YAML films: each document is one film, a list of films, or `{ films: [...] }`.
 *
 * @param text The YAML text.
 * @param path The file's name, as it should appear in the report.
 * @param checker The checker to run on each record.
 * @param lineOffset Lines before the text in its file (for front matter); default `0`.
 * @returns How many records the text holds and every problem at its line and column.
 */
export function _validateYaml(text: string, path: string, checker: _Checker, lineOffset = 0): FileReport {
  const lineCounter = new LineCounter()
  // Note: the YAML parser recurses into flow collections, so hostile nesting is refused first.
  const deep = _jsonDepth(text, _LIMITS.yamlDepth)
  if (deep !== -1) {
    const message = `The YAML nests [ and { deeper than ${_LIMITS.yamlDepth} levels; it is not read.`
    return { path, records: 0, issues: [_fileIssue('too-deep', message, { line: _lineOf(text, deep) + lineOffset, column: deep - text.lastIndexOf('\n', deep - 1) })] }
  }
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: false })
  const placeOf = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }
  const issues: ValidationIssue[] = []
  let records = 0
  const list = Array.isArray(documents) ? documents : [documents]
  for (const document of list) {
    // Step: syntax errors, each at its place; the document's records are not checked.
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        issues.push(_fileIssue('syntax-error', _yamlErrorMessage(error.message), placeOf(error.pos[0])))
      }
      continue
    }
    const repeated = _yamlDuplicateKeys(document)
    if (repeated.length > 0) {
      for (const offset of repeated) issues.push(_fileIssue('syntax-error', _yamlErrorMessage('Map keys must be unique'), placeOf(offset)))
      continue
    }
    if (document.contents === null) continue

    // Step: find the records and where they live in the document.
    const data = _yamlToJs(document, () => placeOf(document.range[0]), issues)
    if (data === _TOO_MANY_ALIASES) continue
    const { records: items, prefix } = _recordsOf(data)

    // Step: check each record; nodes are walked only for a record that fails.
    const root = document.contents as Node
    items.forEach((item, index) => {
      records++
      const found = checker.check(item, path, records)
      if (found.length === 0 && !checker.onRecord) return
      const base = prefix ? [...prefix, index] : []
      const locate: _Locate = (segments, atKey) => placeOf(_yamlLocate(root, [...base, ...segments], atKey))
      checker.onRecord?.(item, records, found, locate)
      if (found.length > 0) _append(issues, _toIssues(found, records, base, locate))
    })
  }
  return { path, records, issues }
}

/** What {@link _yamlToJs} returns for a document past the alias limit. */
export const _TOO_MANY_ALIASES: unique symbol = Symbol('too many aliases')

/**
 * Turns a YAML document into plain data, refusing an alias bomb with an issue instead of a throw.
 *
 * @param document The parsed document.
 * @param place Where to report a refused document.
 * @param issues Receives the `input-too-large` issue.
 * @returns The data, or {@link _TOO_MANY_ALIASES}.
 */
export function _yamlToJs(
  document: { toJS(options: { maxAliasCount: number }): unknown },
  place: () => Place,
  issues: ValidationIssue[],
): unknown {
  try {
    return document.toJS({ maxAliasCount: _LIMITS.yamlAliases })
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error
    const message = `The YAML expands its aliases more than ${_LIMITS.yamlAliases} times (an alias bomb); it is not read.`
    issues.push(_fileIssue('input-too-large', message, place()))
    return _TOO_MANY_ALIASES
  }
}

function _lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/**
 * Words a YAML parse error as one sentence, without the place the report gives anyway.
 *
 * @param message The yaml package's message.
 * @returns A full sentence.
 */
export function _yamlErrorMessage(message: string): string {
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'it cannot be parsed'
  return `The YAML is not valid: ${first.replace(/\.?$/, '.')}`
}
