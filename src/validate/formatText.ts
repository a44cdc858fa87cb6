import type { JsonReport } from './formatJson.js'

/** Options of {@link formatText}. */
export interface TextOptions {
  /** Colour severities with ANSI codes; default `false`. */
  color?: boolean | undefined
  /** Returns a line of a file, to show under each error as a code frame; default: no frames. */
  sourceLine?: ((path: string, line: number) => string | undefined) | undefined
}

const plural = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`

/**
 * Formats a report for people: `file:line:col  severity  message  rule`, grouped by file, then a
 * summary line.
 *
 * @param report The report.
 * @param options Colours and code frames.
 * @returns The text, ending in a newline.
 */
export function formatText(report: JsonReport, options: TextOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text)
  const blocks: string[] = []
  let shown = 0
  for (const file of report.files) {
    if (file.issues.length === 0) continue
    const lines: string[] = []
    for (const issue of file.issues) {
      shown++
      const where = issue.path ? `${issue.path}: ` : ''
      const severity = issue.severity === 'error' ? paint('31', 'error') : paint('33', issue.severity)
      lines.push(`${file.path}:${issue.line}:${issue.column}  ${severity}  ${where}${issue.message}  ${paint('2', issue.rule)}`)
      const source = issue.severity === 'error' ? options.sourceLine?.(file.path, issue.line) : undefined
      if (source !== undefined) {
        const gutter = String(issue.line).length
        const text = source.length > 160 ? `${source.slice(0, 160)}…` : source
        const caret = `${' '.repeat(Math.min(issue.column - 1, 160))}${paint('31', '^')}`
        lines.push(`  ${paint('2', `${issue.line} |`)} ${text}`, `  ${paint('2', `${' '.repeat(gutter)} |`)} ${caret}`)
      }
    }
    blocks.push(lines.join('\n'))
  }
  const { stats } = report
  const problems =
    stats.errors + stats.warnings === 0 ? 'no problems' : `${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}`
  const hidden = stats.errors + stats.warnings - shown
  const more = hidden > 0 ? ` (${plural(hidden, 'more issue')} not shown)` : ''
  blocks.push(`${plural(stats.files, 'file')}, ${plural(stats.records, 'record')}: ${problems}${more}`)
  return `${blocks.join('\n\n')}\n`
}
