import type { RecordIssue } from '../schemas/recordIssue.js'

/**
 * Names the rule a schema issue breaks, so reports can be filtered by a stable id.
 *
 * @param issue The record issue.
 * @returns `"missing-title"`, `"missing-field"`, `"unknown-field"`, `"invalid-type"`,
 *   `"rating-off-scale"` or `"invalid-value"`.
 */
export function _schemaRule(issue: RecordIssue): string {
  if (issue.message.startsWith('Missing required field')) {
    return issue.path === 'title' ? 'missing-title' : 'missing-field'
  }
  if (issue.message.startsWith('Unknown field')) return 'unknown-field'
  if (issue.message.startsWith('Invalid type')) return 'invalid-type'
  if (issue.message.startsWith('Expected a rating between')) return 'rating-off-scale'
  return 'invalid-value'
}
