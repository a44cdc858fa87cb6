import * as v from 'valibot'

/** One way a value fails a record schema. */
export interface RecordIssue {
  /** Dot path to the value, such as `"cast.3.character"`; `""` for the record itself. */
  path: string
  /** A full sentence saying what is wrong. */
  message: string
}

/**
 * Turns valibot issues into record issues with dot paths and plain wording.
 *
 * @param issues The issues from `v.safeParse`.
 * @returns One record issue per valibot issue, in the same order.
 */
export function _toRecordIssues(issues: readonly v.BaseIssue<unknown>[]): RecordIssue[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: _describe(issue) }))
}

function _describe(issue: v.BaseIssue<unknown>): string {
  // Note: valibot words unknown and missing keys as "Invalid key"; say what a curator would.
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') return `Unknown field ${issue.received}.`
    if (issue.received === 'undefined') return `Missing required field ${issue.expected}.`
  }
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`
}
