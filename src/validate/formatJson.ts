import type { FileReport } from './validationIssue.js'

/** The machine-readable report of `reelmark validate --format json`. */
export interface JsonReport {
  version: 1
  valid: boolean
  stats: { files: number; records: number; errors: number; warnings: number }
  files: FileReport[]
}

/**
 * Builds the machine-readable report.
 *
 * @param reports One report per file.
 * @param strict Whether warnings make the data invalid; default `false`.
 * @returns The report document.
 */
export function toJsonReport(reports: readonly FileReport[], strict = false): JsonReport {
  const stats = { files: reports.length, records: 0, errors: 0, warnings: 0 }
  for (const report of reports) {
    stats.records += report.records
    for (const issue of report.issues) {
      if (issue.severity === 'error') stats.errors++
      else if (issue.severity === 'warning') stats.warnings++
    }
  }
  const valid = stats.errors === 0 && (!strict || stats.warnings === 0)
  return { version: 1, valid, stats, files: [...reports] }
}
