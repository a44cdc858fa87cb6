import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from './_run.js'

const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const fixtures = new URL('../validate/fixtures/', import.meta.url).pathname

async function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [cli, 'validate', ...args], {
      cwd: options.cwd ?? fixtures,
      env: { ...process.env, NO_COLOR: '', GITHUB_STEP_SUMMARY: '', ...options.env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

describe('reelmark validate', () => {
  it('prints file:line:col, severity, message and rule, grouped by file, then a summary; exit 1', async () => {
    const { code, stdout } = await run(['films.json', 'films.csv'])
    expect(code).toBe(1)
    expect(stdout).toMatchInlineSnapshot(`
      "films.json:4:13  error  year: Invalid type: Expected number but received "1985".  invalid-type
      films.json:6:28  error  ratings.0.value: Expected a rating between 1 and 10 (worst below best), but received 11.  rating-off-scale
      films.json:8:3  error  title: Missing required field "title".  missing-title
      films.json:9:5  error  titel: Unknown field "titel".  unknown-field

      films.csv:2:11  error  ids.imdb: This film has the IMDb id tt0089560, as record 1 of films.json does.  duplicate-film
      films.csv:3:14  error  year: Invalid type: Expected number but received "19x3".  invalid-type
      films.csv:3:40  error  directors.1.name: Expected text that is not empty and has no leading or trailing spaces.  invalid-value
      films.csv:4:15  error  The row has 4 cells, but the header has 6.  ragged-row
      films.csv:6:79  warning  cast.1.name: Cybill Shepherd as Jacy Farrow is listed in the cast twice (also cast.0).  duplicate-cast

      2 files, 6 records: 8 errors, 1 warning
      "
    `)
  })

  it('exits 0 on valid data, and 1 on warnings only with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelmark-'))
    writeFileSync(join(dir, 'ok.yaml'), 'title: Mask\nyear: 1985\n')
    writeFileSync(join(dir, 'warn.jsonl'), '{"title":"Targets","year":1968,"runtimes":[{"minutes":900}]}\n')
    expect((await run(['ok.yaml'], { cwd: dir })).code).toBe(0)
    expect((await run(['warn.jsonl'], { cwd: dir })).code).toBe(0)
    expect((await run(['warn.jsonl', '--strict'], { cwd: dir })).code).toBe(1)
  })

  it('prints the JSON report of the contract', async () => {
    const { code, stdout } = await run(['broken.yaml', '--format', 'json'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual({
      version: 1,
      valid: false,
      stats: { files: 1, records: 0, errors: 1, warnings: 0 },
      files: [
        {
          path: 'broken.yaml',
          records: 0,
          issues: [
            {
              severity: 'error',
              rule: 'syntax-error',
              message: 'The YAML is not valid: Flow sequence in block collection must be sufficiently indented and end with a ].',
              path: '',
              pointer: '',
              line: 3,
              column: 1,
              record: 0,
            },
          ],
        },
      ],
    })
  })

  it('prints GitHub annotations and appends a job summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelmark-'))
    const summary = join(dir, 'summary.md')
    const { code, stdout } = await run(['films.yaml', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } })
    expect(code).toBe(1)
    expect(stdout.split('\n')[1]).toBe(
      '::error file=films.yaml,line=11,col=9,title=invalid-type::year: Invalid type: Expected number but received "nineteen seventy-three".',
    )
    expect(readFileSync(summary, 'utf8')).toContain('| 1 | 2 | 1 | 2 |')
  })

  it('prints SARIF 2.1.0 with a result at each issue', async () => {
    const { stdout } = await run(['mask.md', '--format', 'sarif'])
    const sarif = JSON.parse(stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results.at(-1)).toMatchObject({
      ruleId: 'invalid-value',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'mask.md' }, region: { startLine: 9, startColumn: 18 } } }],
    })
  })

  it('lists at most --max-issues issues and says how many more there are', async () => {
    const { stdout } = await run(['films.json', '--max-issues', '1'])
    expect(stdout.trim().split('\n').at(-1)).toBe('1 file, 2 records: 4 errors, 0 warnings (3 more issues not shown)')
  })

  it('splits files and JSON Lines records across shards whose reports combine into one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelmark-'))
    const args = ['films.jsonl', 'films.yaml', 'films.tsv', '--format', 'json']
    const shards = []
    for (const shard of ['1/2', '2/2']) {
      const file = join(dir, `shard-${shard[0]}.json`)
      writeFileSync(file, (await run([...args, '--shard', shard])).stdout)
      shards.push(file)
    }
    const combined = JSON.parse((await run(['--combine', ...shards, '--format', 'json'])).stdout)
    const whole = JSON.parse((await run(args)).stdout)
    expect(combined.stats.records).toBe(whole.stats.records)
    // Note: duplicates are found within a shard only, so the combined report may hold fewer.
    const key = (file: { path: string; issues: { line: number; rule: string }[] }) =>
      file.issues.map((issue) => `${file.path}:${issue.line}:${issue.rule}`)
    const all = whole.files.flatMap(key)
    expect(combined.files.flatMap(key).every((issue: string) => all.includes(issue))).toBe(true)
    const jsonl = combined.files.find((file: { path: string }) => file.path === 'films.jsonl')
    expect(jsonl.records).toBe(5)
    expect(jsonl.issues.map((issue: { line: number }) => issue.line)).toEqual([2, 4, 6])
  })

  it('reads rule settings from reelmark.config.json and rejects an invalid one with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelmark-'))
    writeFileSync(join(dir, 'f.jsonl'), '{"title":"Targets","year":1968,"runtimes":[{"minutes":900}]}\n')
    writeFileSync(join(dir, 'reelmark.config.json'), '{ "rules": { "implausible-runtime": "error" } }')
    expect((await run(['f.jsonl'], { cwd: dir })).code).toBe(1)
    writeFileSync(join(dir, 'reelmark.config.json'), '{ "rules": { "implausible-runtime": "loud" } }')
    const bad = await run(['f.jsonl'], { cwd: dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Cannot use the configuration')
    expect(bad.stderr).toContain('rules.implausible-runtime')
  })

  it('expands folders and globs, and exits 2 for a path that matches nothing', async () => {
    const glob = await run(['*.tsv'])
    expect(glob.stdout).toContain('1 file, 2 records')
    const missing = await run(['nothing/*.json'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('reelmark: Cannot validate `nothing/*.json`: the pattern matches no dataset files.\n')
    expect((await run(['no-such-file.json'])).code).toBe(2)
    expect((await run(['.', '--shard', '3/2'])).code).toBe(2)
  })

  it('passes over project files such as package.json and README.md in a folder, but checks them when named', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reelmark-project-'))
    writeFileSync(join(folder, 'package.json'), '{ "name": "site" }')
    writeFileSync(join(folder, 'reelmark.config.json'), '{ "rules": {} }')
    writeFileSync(join(folder, 'README.md'), '# Our films\n')
    writeFileSync(join(folder, 'mask.json'), '{ "title": "Mask" }')
    const inFolder = runCli(['validate', folder])
    expect(inFolder.code).toBe(0)
    expect(inFolder.stdout).toBe('1 file, 1 record: no problems\n')
    expect(runCli(['validate', join(folder, 'package.json')]).code).toBe(1)
  })
})

describe('reelmark validate where code generation is forbidden', () => {
  it('checks records with the same result when Node forbids code generation from strings', async () => {
    const { spawnSync } = await import('node:child_process')
    const root = new URL('../..', import.meta.url).pathname
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', cli, 'validate', 'examples/films'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(runCli(['validate', 'examples/films'], { cwd: root }).stdout)
  })

  // Note: util-linux's `script` gives the command a terminal, where code frames are shown.
  const SCRIPT = '/usr/bin/script'
  const NO_TERMINAL = existsSync(SCRIPT) ? '' : ` [skipped: no ${SCRIPT}; install Debian's bsdutils package]`
  it.skipIf(NO_TERMINAL !== '')(`shows code frames on a terminal for a file with 200,000 failing lines${NO_TERMINAL}`, () => {
    const folder = mkdtempSync(join(tmpdir(), 'reelmark-'))
    const file = join(folder, 'films.jsonl')
    writeFileSync(file, `${'{"title":"X","year":"1985"}\n'.repeat(200_000)}`)
    const run = spawnSync(SCRIPT, ['-qec', `node ${cli} validate ${file}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 })
    const out = run.stdout
    expect(run.status).toBe(1)
    expect(out).not.toContain('unexpected error')
    expect(out).toContain(`${file}:200000:21  error  year: Invalid type`)
    expect(out).toContain("200000 | {\"title\":\"X\",\"year\":\"1985\"}")
  }, 60_000)
})
