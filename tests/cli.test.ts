import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, type Run } from './cli/_run.js'

const folder = mkdtempSync(join(tmpdir(), 'reelmark-cli-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

/** A failure the user can act on: its exit code, one line naming the problem, never a stack trace. */
function expectOneLine(run: Run, code: number, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(code)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  const lines = run.stderr.trim().split('\n').filter((line) => !line.startsWith('(run `reelmark --help`'))
  expect(lines, run.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
}

const FILM = '{"title":"Mask","year":1985}'
const PAGE = 'Mask (1985)\nDirector: Peter Bogdanovich\nRuntime: 120 min\n'

describe('reelmark on bad usage and awkward files', () => {
  it.each(['parse', 'validate', 'render'])('rejects an unknown flag of %s with exit 2', (command) => {
    expectOneLine(runCli([command, '--bogus', file('x.json', FILM)]), 2, /unknown option '--bogus'/)
  })

  it.each(['parse', 'validate', 'render'])('names a missing file for %s with exit 2', (command) => {
    expectOneLine(runCli([command, join(folder, 'missing.json')]), 2, /missing\.json/)
  })

  it.each(['parse', 'render'])('names a folder given to %s as a file, with exit 2', (command) => {
    const path = join(folder, 'dir.json')
    mkdirSync(path, { recursive: true })
    expectOneLine(runCli([command, path]), 2, /dir\.json/)
  })

  it('names a link that points nowhere, with exit 2', () => {
    const path = join(folder, 'dangling.json')
    symlinkSync(join(folder, 'nowhere.json'), path)
    expectOneLine(runCli(['validate', path]), 2, /dangling\.json/)
  })

  it('reads files with a byte order mark and CRLF line endings as if they had neither', () => {
    const bom = '\ufeff'
    expect(runCli(['validate', file('bom.json', `${bom}${FILM}\r\n`)]).code).toBe(0)
    expect(runCli(['validate', file('crlf.jsonl', `${bom}${FILM}\r\n${FILM.replace('Mask', 'Paper Moon')}\r\n`)]).code).toBe(0)
    expect(runCli(['validate', file('crlf.yaml', `${bom}title: Mask\r\nyear: 1985\r\n`)]).code).toBe(0)
    expect(runCli(['validate', file('crlf.csv', `${bom}title,year\r\nMask,1985\r\n`)]).code).toBe(0)
    expect(runCli(['validate', file('crlf.md', `${bom}---\r\ntitle: Mask\r\nyear: 1985\r\n---\r\n`)]).code).toBe(0)
    const parsed = runCli(['parse', file('crlf.txt', `${bom}${PAGE.replaceAll('\n', '\r\n')}`)])
    expect(parsed.code, parsed.stderr).toBe(0)
    expect(JSON.parse(parsed.stdout)).toMatchObject({ title: 'Mask', year: 1985, directors: [{ name: 'Peter Bogdanovich' }], runtimes: [{ minutes: 120 }] })
    const rendered = runCli(['render', '--to', 'card', file('bom-render.json', `${bom}${FILM}\r\n`)])
    expect(rendered.code, rendered.stderr).toBe(0)
  })

  it('reports invalid UTF-8 and mixed encodings as content problems, never a crash', () => {
    const latin1 = Buffer.from('Director: Fran\xe7ois Truffaut\n', 'latin1')
    const mixed = Buffer.concat([Buffer.from('Mask (1985)\nDirector: Peter Bogdanovich\n'), latin1, Buffer.from([0xff, 0xfe, 0xc3])])
    for (const args of [
      ['parse', file('mixed.txt', mixed)],
      ['parse', file('binary.txt', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7]))],
      ['validate', file('bad.json', Buffer.concat([Buffer.from('{"title":"Ma'), Buffer.from([0xff, 0xc3]), Buffer.from('sk"}')]))],
      ['validate', file('bad.csv', Buffer.concat([Buffer.from('title\n'), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('\n')]))],
      ['render', file('bad-render.json', Buffer.from([0xff, 0xfe, 0x7b]))],
    ]) {
      const run = runCli(args)
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).not.toBeNull()
      expect([0, 1, 2], args.join(' ')).toContain(run.code)
      expect(run.stderr, args.join(' ')).not.toMatch(/^\s+at |unexpected error/m)
    }
  })
})
