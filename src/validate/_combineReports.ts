import type { JsonReport } from './formatJson.js'
import type { FileReport } from './validationIssue.js'
import { _append } from '../_append.js'

/**
 * Combines the JSON reports of several shards into one list of file reports: a file checked by
 * several shards (a JSON Lines file split by records) becomes one entry with its issues in order.
 *
 * @param reports The shards' reports.
 * @returns One report per file, in the order files first appear.
 */
export function _combineReports(reports: readonly JsonReport[]): FileReport[] {
  const files = new Map<string, FileReport>()
  for (const report of reports) {
    for (const file of report.files) {
      const known = files.get(file.path)
      if (!known) files.set(file.path, { path: file.path, records: file.records, issues: [...file.issues] })
      else {
        known.records += file.records
        _append(known.issues, file.issues)
      }
    }
  }
  for (const file of files.values()) {
    file.issues.sort((a, b) => a.line - b.line || a.column - b.column)
  }
  return [...files.values()]
}
