import type { FileReport } from './validationIssue.js'

/**
 * Formats reports for people: one line a problem, grouped by file, then a summary line.
 *
 * @param reports One report per file.
 * @returns The text, ending in a newline.
 */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let records = 0
  for (const report of reports) {
    records += report.records
    for (const issue of report.issues) {
      if (issue.severity === 'error') errors++
      else if (issue.severity === 'warning') warnings++
      const where = issue.path ? `${issue.path}: ` : ''
      lines.push(
        `${report.path}:${issue.line}:${issue.column}  ${issue.severity}  ${where}${issue.message}  ${issue.rule}`,
      )
    }
  }
  const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'}`
  const counted = `${records} ${records === 1 ? 'record' : 'records'}`
  const problems =
    errors + warnings === 0
      ? 'no problems'
      : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
  if (lines.length > 0) lines.push('')
  lines.push(`${files}, ${counted}: ${problems}`)
  return `${lines.join('\n')}\n`
}
