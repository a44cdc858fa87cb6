import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './_run.js'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/parseFilmPage/${name}`, import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'reelmark-parse-'))
const write = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('reelmark parse', () => {
  it('prints the film as JSON and each message as FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]', () => {
    const file = fixture('fact-page.txt')
    const run = runCli(['parse', file, '--title', 'The Iron Giant'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'The Iron Giant', year: 1999 })
    expect(run.stderr.split('\n')).toContain(`${file}:32:9: warning: The label "Country" has no value. [empty-value]`)
  })

  it('exits 1 with missing-title when the page names no title and --title is not given', () => {
    const run = runCli(['parse', fixture('fact-page.txt')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/fact-page\.txt:1:1: error: .* \[missing-title\]/)
  })

  it('prints JSON Lines when given several inputs', () => {
    const run = runCli(['parse', fixture('imdb-2010-layout.html'), fixture('embedded-json.txt')])
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((line) => JSON.parse(line).title)).toEqual(['The Iron Giant', 'The Iron Giant'])
  })

  it('decodes an ISO-8859-1 page by its meta charset', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reelmark-parse-'))
    const file = join(folder, 'latin1.html')
    const html = '<html><head><meta http-equiv="content-type" content="text/html; charset=iso-8859-1"></head><body><h1>Amélie (2001)</h1></body></html>'
    writeFileSync(file, Buffer.from(html, 'latin1'))
    expect(JSON.parse(runCli(['parse', file]).stdout).title).toBe('Amélie')
  })

  it('rejects an output format it does not write with a usage error', () => {
    const run = runCli(['parse', fixture('fact-page.txt'), '--to', 'pdf'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'reelmark: Cannot parse with `pdf` for `--to`, expected one of: json, markdown, jsonld, html, card.\n',
    )
  })

  it('renders what it read with --to, as reelmark render would', () => {
    const page = [fixture('fact-page.txt'), '--title', 'The Iron Giant']
    const markdown = runCli(['parse', ...page, '--to', 'markdown'])
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toMatch(/^# The Iron Giant \(1999\)\n/)
    const jsonld = JSON.parse(runCli(['parse', ...page, '--to', 'jsonld']).stdout)
    expect(jsonld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Movie', name: 'The Iron Giant' })
    const card = runCli(['parse', ...page, '--to', 'card', '--width', '40']).stdout
    expect(card.trimEnd().split('\n').every((line) => line.length === 40)).toBe(true)
  })

  it('renders nothing for a page without a title, and says why', () => {
    const run = runCli(['parse', fixture('fact-page.txt'), '--to', 'markdown'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/error: The page names no title.*\[missing-title\]/)
    expect(run.stderr).not.toMatch(/unexpected error/)
  })

  it('reads exports of other sources with importFilm', () => {
    const omdb = write('omdb.json', JSON.stringify({ Title: 'Mask', Year: '1985', Runtime: '120 min', Response: 'True' }))
    const run = runCli(['parse', omdb])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Mask', year: 1985, runtimes: [{ minutes: 120 }] })
  })

  it('says which input cannot be read, without a stack trace', () => {
    const run = runCli(['parse', 'no-such-page.html'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('reelmark: Cannot read `no-such-page.html`: no such file.\n')
    const folder = runCli(['parse', 'examples/pages'])
    expect(folder.code).toBe(2)
    expect(folder.stderr).toBe('reelmark: Cannot read `examples/pages`: it is a folder; name its files, as in `examples/pages/*`.\n')
  })
})
