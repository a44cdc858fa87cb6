import type { JsonReport } from './formatJson.js'

/** How many issues the job summary lists before it says how many more there are. */
const LISTED = 50

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * Formats a report as the markdown of a GitHub Actions job summary (`$GITHUB_STEP_SUMMARY`).
 *
 * @param report The report.
 * @returns A heading, a table of counts and a table of the first 50 issues.
 */
export function formatGithubSummary(report: JsonReport): string {
  const { stats } = report
  const verdict = report.valid ? 'valid' : 'problems found'
  const lines = [
    `### reelmark validate: ${verdict}`,
    '',
    '| Files | Records | Errors | Warnings |',
    '| ---: | ---: | ---: | ---: |',
    `| ${stats.files} | ${stats.records} | ${stats.errors} | ${stats.warnings} |`,
  ]
  const issues = report.files.flatMap((file) => file.issues.map((issue) => ({ file: file.path, ...issue })))
  if (issues.length > 0) {
    lines.push('', '| Where | Severity | Problem | Rule |', '| --- | --- | --- | --- |')
    for (const issue of issues.slice(0, LISTED)) {
      const where = issue.path ? `${issue.path}: ` : ''
      lines.push(`| \`${cell(issue.file)}:${issue.line}:${issue.column}\` | ${issue.severity} | ${cell(where + issue.message)} | \`${issue.rule}\` |`)
    }
    const more = stats.errors + stats.warnings - Math.min(issues.length, LISTED)
    if (more > 0) lines.push('', `… and ${more} more.`)
  }
  return `${lines.join('\n')}\n`
}
