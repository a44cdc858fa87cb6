import { describe, expect, it } from 'vitest'
import { toJsonReport } from '../../src/validate/formatJson.js'
import { formatText } from '../../src/validate/formatText.js'
import type { FileReport } from '../../src/validate/validationIssue.js'

const reports: FileReport[] = [
  {
    path: 'a.json',
    records: 1,
    issues: [
      { severity: 'error', rule: 'invalid-type', message: 'Bad.', path: 'year', pointer: '/year', line: 2, column: 11, record: 1 },
      { severity: 'warning', rule: 'year-mismatch', message: 'Odd.', path: 'year', pointer: '/year', line: 2, column: 11, record: 1 },
    ],
  },
]

describe('formatText', () => {
  it('shows a code frame under each error, not under warnings', () => {
    const text = formatText(toJsonReport(reports), { sourceLine: () => '  "year": "1985",' })
    expect(text).toMatchInlineSnapshot(`
      "a.json:2:11  error  year: Bad.  invalid-type
        2 |   "year": "1985",
          |           ^
      a.json:2:11  warning  year: Odd.  year-mismatch

      1 file, 1 record: 1 error, 1 warning
      "
    `)
  })

  it('colours severities only when asked', () => {
    expect(formatText(toJsonReport(reports), { color: true })).toContain('\u001b[31merror\u001b[0m')
    expect(formatText(toJsonReport(reports))).not.toContain('\u001b[')
  })
})
