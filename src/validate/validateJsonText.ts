import { parse as parseJsonTree, type DocumentNode } from '@humanwhocodes/momoa'
import { safeParseFilm } from '../schemas/safeParseFilm.js'
import { _jsonLocate } from './_jsonLocate.js'
import { _jsonTooDeep } from './_validateJson.js'
import { _schemaRule } from './_schemaRule.js'
import type { FileReport, ValidationIssue } from './validationIssue.js'

/**
 * Validates the text of a `.json` dataset: one film, an array of films, or `{ "films": [...] }`.
 *
 * @param text The file's text.
 * @param path The file's name, as it should appear in the report.
 * @returns How many records the file holds and every problem at its line and column.
 */
export function validateJsonText(text: string, path: string): FileReport {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const tooDeep = _jsonTooDeep(source)
  if (tooDeep) return { path, records: 0, issues: [tooDeep] }
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    return { path, records: 0, issues: [syntaxIssue(source)] }
  }

  // Step: find the records and where they live in the document.
  let records: unknown[]
  let prefix: (string | number)[]
  if (Array.isArray(data)) {
    records = data
    prefix = []
  } else if (isFilmsWrapper(data)) {
    records = data.films
    prefix = ['films']
  } else {
    records = [data]
    prefix = []
  }

  // Step: check each record; the document tree is built only when one fails.
  const issues: ValidationIssue[] = []
  let tree: DocumentNode | undefined
  records.forEach((record, index) => {
    const result = safeParseFilm(record)
    if (result.success) return
    tree ??= parseJsonTree(source)
    const base = Array.isArray(data) || prefix.length > 0 ? [...prefix, index] : []
    for (const issue of result.issues) {
      const segments = [...base, ...splitPath(issue.path)]
      const rule = _schemaRule(issue)
      const place = _jsonLocate(tree, segments, rule === 'unknown-field')
      issues.push({
        severity: 'error',
        rule,
        message: issue.message,
        path: issue.path,
        pointer: toPointer(segments),
        line: place.line,
        column: place.column,
        record: index + 1,
      })
    }
  })
  return { path, records: records.length, issues }
}

function isFilmsWrapper(data: unknown): data is { films: unknown[] } {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { films?: unknown }).films) &&
    !('title' in data)
  )
}

function syntaxIssue(text: string): ValidationIssue {
  try {
    parseJsonTree(text)
  } catch (error) {
    const { line = 1, column = 1, message } = error as Error & { line?: number; column?: number }
    return {
      severity: 'error',
      rule: 'syntax-error',
      message: `The file is not valid JSON: ${message.replace(/(?<!\s)\s*\(\d+:\d+\)$/, '')}`,
      path: '',
      pointer: '',
      line,
      column,
      record: 0,
    }
  }
  // Note: JSON.parse and momoa disagree only on inputs momoa accepts and JSON.parse does not.
  return {
    severity: 'error',
    rule: 'syntax-error',
    message: 'The file is not valid JSON.',
    path: '',
    pointer: '',
    line: 1,
    column: 1,
    record: 0,
  }
}

function splitPath(path: string): (string | number)[] {
  if (path === '') return []
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}

function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}
