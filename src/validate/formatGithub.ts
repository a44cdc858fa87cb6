import type { JsonReport } from './formatJson.js'

const plural = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * Formats a report as GitHub Actions workflow commands, so each problem shows as an annotation
 * on its line in the pull request.
 *
 * @param report The report.
 * @returns One `::error file=...,line=...,col=...,title=RULE::MESSAGE` line per issue, then a
 *   summary line.
 */
export function formatGithub(report: JsonReport): string {
  const lines: string[] = []
  for (const file of report.files) {
    for (const issue of file.issues) {
      const command = issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'notice'
      const where = issue.path ? `${issue.path}: ` : ''
      const properties = `file=${escapeProperty(file.path)},line=${issue.line},col=${issue.column},title=${escapeProperty(issue.rule)}`
      lines.push(`::${command} ${properties}::${escapeData(`${where}${issue.message}`)}`)
    }
  }
  const { stats } = report
  lines.push(
    `reelmark: ${plural(stats.files, 'file')}, ${plural(stats.records, 'record')}: ${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}`,
  )
  return `${lines.join('\n')}\n`
}
