import type { Severity } from '../message.js'
import { FilmSchema } from '../schemas/film.js'
import { safeParseFilm } from '../schemas/safeParseFilm.js'
import { _compileIs } from './_compileIs.js'
import { _DuplicateIndex, type _Origin } from './_duplicateIndex.js'
import type { _Found } from './_found.js'
import { _LINT_RULES, type _LintContext, type _LintFinding } from './_lintRules.js'
import { _RULES } from './_ruleCatalog.js'
import { _schemaRule } from './_schemaRule.js'
import type { _Locate } from './_toIssues.js'
import type { RuleSetting, ValidateConfig } from './validateConfig.js'

/** Options shared by every way of validating films. */
export interface _CheckerOptions {
  /** Rule settings; default: every rule at its documented severity. */
  config?: ValidateConfig | undefined
  /** Today as an ISO date, for `release-in-future`; default: the current UTC date. */
  today?: string | undefined
  /** Whether every record is plain data read from a file (see `_compileIs`); default `false`. */
  plainData?: boolean | undefined
  /** Called by the file readers with every record, its problems and a way to place its paths; default none. */
  onRecord?: _OnRecord | undefined
}

/**
 * Receives a record as a file reader checked it: for commands that use the records themselves
 * (`reelmark render`), with the place of any path in the record.
 *
 * @param value The record.
 * @param record Its 1-based number in the file.
 * @param found Its problems; empty when it is fine.
 * @param locate Finds the place of a path from the record's root in the file.
 */
export type _OnRecord = (value: unknown, record: number, found: readonly _Found[], locate: _Locate) => void

/** Checks records one by one, remembering what it saw to find duplicates across files. */
export interface _Checker {
  /**
   * Checks one record.
   *
   * @param value The record, as parsed from its file.
   * @param file The file it came from, for duplicate messages.
   * @param record Its 1-based number in that file.
   * @returns Every problem found; an empty array when it is fine.
   */
  check(value: unknown, file: string, record: number): _Found[]
  /** See {@link _CheckerOptions.onRecord}; readers call it after `check` when it is set. */
  onRecord?: _OnRecord | undefined
}

/**
 * Creates a checker with resolved rule severities and an empty duplicate index.
 *
 * @param options Configuration and today's date.
 * @returns The checker.
 */
export function _createChecker(options: _CheckerOptions = {}): _Checker {
  const rules = options.config?.rules ?? {}
  const severityOf = (rule: string): Severity | undefined => {
    const info = _RULES[rule as keyof typeof _RULES]
    if (!info?.configurable) return info?.severity ?? 'error'
    const raw = (rules as Record<string, RuleSetting | [RuleSetting, unknown] | undefined>)[rule]
    const setting = Array.isArray(raw) ? raw[0] : (raw ?? info.severity)
    return setting === 'off' ? undefined : setting
  }
  const runtime = rules['implausible-runtime']
  const context: _LintContext = {
    today: options.today ?? new Date().toISOString().slice(0, 10),
    runtime: { min: 1, max: 600, ...(Array.isArray(runtime) ? runtime[1] : {}) },
  }
  const lint = Object.entries(_LINT_RULES).flatMap(([id, rule]) => {
    const severity = severityOf(id)
    return severity ? [{ rule, severity }] : []
  })
  const duplicateSeverity = severityOf('duplicate-film')

  const isFilm = _compileIs(FilmSchema, { plainData: options.plainData === true })
  const seen = new _DuplicateIndex()
  const files: string[] = []
  let lastFile: string | undefined

  // Note: the message is written only for a duplicate; the lookups run for every record.
  const duplicateOf = (first: _Origin, fileNumber: number, record: number, file: string, segments: (string | number)[], what: string): _Found | undefined => {
    if (first.file === fileNumber && first.record === record) return undefined
    const firstFile = files[first.file] ?? file
    const place = firstFile === file ? `record ${first.record}` : `record ${first.record} of ${firstFile}`
    return { severity: duplicateSeverity as Severity, rule: 'duplicate-film', message: `This film has ${what}, as ${place} does.`, segments, atKey: false }
  }

  return {
    ...(options.onRecord ? { onRecord: options.onRecord } : {}),
    check(value, file, record) {
      // Note: a clean record, the common case, allocates nothing here.
      let found: _Found[] | undefined

      // Step: the schema, every issue at its path; valibot lists them only for a failing record.
      const result = isFilm(value) ? undefined : safeParseFilm(value)
      if (result && !result.success) {
        for (const issue of result.issues) {
          const rule = _schemaRule(issue)
          const severity = severityOf(rule)
          if (!severity) continue
          ;(found ??= []).push({ severity, rule, message: issue.message, segments: splitPath(issue.path), atKey: rule === 'unknown-field' })
        }
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return found ?? NOTHING
      const film = value as Record<string, unknown>

      // Step: the record-level lint rules.
      for (let index = 0; index < lint.length; index++) {
        const { rule, severity } = lint[index] as (typeof lint)[number]
        const findings = rule(film, context)
        for (let at = 0; at < findings.length; at++) (found ??= []).push({ ...(findings[at] as _LintFinding), severity, atKey: false })
      }

      // Step: duplicates across every record checked so far.
      if (duplicateSeverity) {
        if (file !== lastFile) {
          files.push(file)
          lastFile = file
        }
        const fileNumber = files.length - 1
        const ids = film.ids as Record<string, unknown> | undefined
        const imdb = ids?.imdb
        let duplicate: _Found | undefined
        if (typeof imdb === 'string') {
          const first = seen.add(imdb, fileNumber, record)
          if (first) duplicate = duplicateOf(first, fileNumber, record, file, ['ids', 'imdb'], `the IMDb id ${imdb}`)
        }
        const { title, year } = film
        if (typeof title === 'string' && typeof year === 'number') {
          const first = seen.addTitle(title, year, fileNumber, record)
          if (first && !duplicate) duplicate = duplicateOf(first, fileNumber, record, file, ['title'], `the title and year ${title} (${year})`)
        }
        if (duplicate) (found ??= []).push(duplicate)
      }
      return found ?? NOTHING
    },
  }
}

/** What `check` returns for a clean record: one shared, frozen empty list. */
const NOTHING: _Found[] = Object.freeze([]) as unknown as _Found[]

function splitPath(path: string): (string | number)[] {
  if (path === '') return []
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}
