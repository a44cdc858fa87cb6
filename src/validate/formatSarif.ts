import { _RULES } from './_ruleCatalog.js'
import type { JsonReport } from './formatJson.js'

/** Options of {@link formatSarif}. */
export interface SarifOptions {
  /** The tool's version, for `tool.driver.version`. */
  version: string
}

/**
 * Formats a report as SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.
 *
 * @param report The report.
 * @param options The tool's version.
 * @returns The SARIF log, as JSON text ending in a newline.
 */
export function formatSarif(report: JsonReport, options: SarifOptions): string {
  const ids = Object.keys(_RULES)
  const results = report.files.flatMap((file) =>
    file.issues.map((issue) => {
      const index = ids.indexOf(issue.rule)
      const where = issue.path ? `${issue.path}: ` : ''
      return {
        ruleId: issue.rule,
        ...(index === -1 ? {} : { ruleIndex: index }),
        level: issue.severity === 'info' ? 'note' : issue.severity,
        message: { text: `${where}${issue.message}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.path.replace(/\\/g, '/') },
              region: { startLine: issue.line, startColumn: issue.column },
            },
          },
        ],
      }
    }),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reelmark',
            version: options.version,
            informationUri: 'https://www.npmjs.com/package/reelmark',
            rules: Object.entries(_RULES).map(([id, rule]) => ({
              id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
