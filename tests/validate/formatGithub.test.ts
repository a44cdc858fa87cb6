import { describe, expect, it } from 'vitest'
import { toJsonReport } from '../../src/validate/formatJson.js'
import { formatGithub } from '../../src/validate/formatGithub.js'

describe('formatGithub', () => {
  it('escapes commas and colons in properties and line breaks in messages', () => {
    const report = toJsonReport([
      {
        path: 'data/a,b:c.json',
        records: 1,
        issues: [{ severity: 'warning', rule: 'r', message: 'Two\nlines, 100%.', path: '', pointer: '', line: 3, column: 4, record: 1 }],
      },
    ])
    expect(formatGithub(report).split('\n')[0]).toBe('::warning file=data/a%2Cb%3Ac.json,line=3,col=4,title=r::Two%0Alines, 100%25.')
  })
})
