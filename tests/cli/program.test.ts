import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { runCli } from './_run.js'

const dir = mkdtempSync(join(tmpdir(), 'reelmark-cli-'))
const write = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('reelmark', () => {
  it('prints its version with --version', () => {
    const run = runCli(['--version'])
    expect(run).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` })
  })

  it('lists its commands with --help', () => {
    const run = runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: reelmark/)
    expect(run.stdout).toMatch(/validate/)
    expect(run.stdout).toMatch(/schema/)
  })

  it('rejects an unknown command or flag with exit 2 and no stack trace', () => {
    for (const args of [['frobnicate'], ['validate', '--frob', 'x.json'], ['validate']]) {
      const run = runCli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^error: /m)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })
})

describe('reelmark schema', () => {
  it('prints exactly the shipped JSON Schema of a film, and of a review', () => {
    for (const record of ['film', 'review']) {
      const shipped = readFileSync(new URL(`../../schemas/${record}.schema.json`, import.meta.url), 'utf8')
      expect(runCli(['schema', record])).toEqual({ code: 0, stdout: shipped, stderr: '' })
    }
  })

  it('prints the film schema when no record is named', () => {
    expect(runCli(['schema']).stdout).toMatch(/"title": "reelmark Film"/)
  })

  it('rejects an unknown record with exit 2', () => {
    const run = runCli(['schema', 'actor'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('reelmark: Cannot print a schema for `actor`, expected one of: film, review.\n')
  })
})

describe('reelmark validate', () => {
  it('passes the bundled examples with exit 0', () => {
    const run = runCli(['validate', 'examples/films'], { cwd: new URL('../..', import.meta.url).pathname })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('2 files, 3 records: no problems\n')
  })

  it('rejects a year given as text and a rating of 11 out of 10, naming each field at its line', () => {
    const file = write(
      'bad.json',
      '{\n  "title": "Mask",\n  "year": "1985",\n  "ratings": [{ "value": 11, "best": 10, "worst": 1 }]\n}\n',
    )
    const run = runCli(['validate', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(
      [
        `${file}:3:11  error  year: Invalid type: Expected number but received "1985".  invalid-type`,
        `${file}:4:26  error  ratings.0.value: Expected a rating between 1 and 10 (worst below best), but received 11.  rating-off-scale`,
        '',
        '1 file, 1 record: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    )
  })

  it('points at the record when a required field is missing, and at an unknown key itself', () => {
    const file = write('films.json', '[\n  { "title": "Mask" },\n  { "year": 1985,\n    "titel": "Mask" }\n]\n')
    const report = JSON.parse(runCli(['validate', '--format', 'json', file]).stdout)
    expect(report.files[0].issues).toEqual([
      {
        severity: 'error',
        rule: 'missing-title',
        message: 'Missing required field "title".',
        path: 'title',
        pointer: '/1/title',
        line: 3,
        column: 3,
        record: 2,
      },
      {
        severity: 'error',
        rule: 'unknown-field',
        message: 'Unknown field "titel".',
        path: 'titel',
        pointer: '/1/titel',
        line: 4,
        column: 5,
        record: 2,
      },
    ])
  })

  it('prints the contract JSON report', () => {
    const file = write('one.json', '{ "films": [{ "title": "Mask", "year": 1985 }] }')
    const run = runCli(['validate', '--format', 'json', file])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      valid: true,
      stats: { files: 1, records: 1, errors: 0, warnings: 0 },
      files: [{ path: file, records: 1, issues: [] }],
    })
  })

  it('reports broken JSON at its line and column', () => {
    const file = write('broken.json', '{\n  "title": "Mask",\n  "year": \n}\n')
    const run = runCli(['validate', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`^${file}:4:1  error  The file is not valid JSON: .+  syntax-error$`, 'm'))
  })

  it('exits 2 for a path that does not exist', () => {
    const run = runCli(['validate', join(dir, 'missing.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^reelmark: Cannot read .*missing\.json.*\n$/)
  })
})
