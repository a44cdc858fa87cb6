import type { FileReport } from './validationIssue.js'

/** The machine-readable report of `reelmark validate --format json`. */
export interface JsonReport {
  /** The report format's version. */
  version: 1
  /** Whether the data passes: no errors, and no warnings when strict. */
  valid: boolean
  /** Counts over every file, issues left out by `maxIssues` included. */
  stats: { files: number; records: number; errors: number; warnings: number }
  /** One report per file. */
  files: FileReport[]
}

/** Options of {@link toJsonReport}. */
export interface JsonReportOptions {
  /** Whether warnings make the data invalid; default `false`. */
  strict?: boolean | undefined
  /** List at most this many issues in all (the stats still count every one); default: all. */
  maxIssues?: number | undefined
}

/**
 * Builds the machine-readable report that every other report format is written from.
 *
 * @param reports One report per file.
 * @param options Strictness and a limit on the issues listed.
 * @returns The report document.
 */
export function toJsonReport(reports: readonly FileReport[], options: JsonReportOptions = {}): JsonReport {
  const stats = { files: reports.length, records: 0, errors: 0, warnings: 0 }
  for (const report of reports) {
    stats.records += report.records
    for (const issue of report.issues) {
      if (issue.severity === 'error') stats.errors++
      else if (issue.severity === 'warning') stats.warnings++
    }
  }
  const valid = stats.errors === 0 && (!options.strict || stats.warnings === 0)
  let room = options.maxIssues ?? Number.POSITIVE_INFINITY
  const files = reports.map((report) => {
    const issues = report.issues.slice(0, Math.max(0, room))
    room -= issues.length
    return issues.length === report.issues.length ? report : { ...report, issues }
  })
  return { version: 1, valid, stats, files }
}
