import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { toCard, toJsonLd, toMarkdown, type Film } from '../../src/index.js'
import { runCli } from './_run.js'

const dir = mkdtempSync(join(tmpdir(), 'reelmark-render-'))
const write = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const MASK_FILE = new URL('../../examples/films/mask.json', import.meta.url).pathname
const mask = JSON.parse(readFileSync(MASK_FILE, 'utf8')) as Film
const other: Film = { title: 'Paper Moon', year: 1973, directors: [{ name: 'Peter Bogdanovich' }] }

describe('reelmark render', () => {
  it('writes markdown by default, exactly as toMarkdown does', () => {
    const run = runCli(['render', MASK_FILE])
    expect(run).toMatchObject({ code: 0, stdout: toMarkdown(mask), stderr: '' })
  })

  it('writes JSON-LD with --to jsonld, and its warnings on stderr at the record’s place', () => {
    const run = runCli(['render', MASK_FILE, '--to', 'jsonld'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(toJsonLd(mask))
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `${MASK_FILE}:1:1: warning: The movie has no image, which Google requires for a movie rich result. [jsonld-missing-image]`,
      `${MASK_FILE}:23:14: info: schema.org has no Movie property for grosses, so they are left out. [jsonld-left-out]`,
    ])
  })

  it('passes --base-url and --image to the JSON-LD', () => {
    const run = runCli(['render', MASK_FILE, '--to', 'jsonld', '--base-url', 'https://films.example/mask', '--image', 'https://films.example/p.jpg'])
    expect(JSON.parse(run.stdout)).toEqual(toJsonLd(mask, { baseUrl: 'https://films.example/mask', image: 'https://films.example/p.jpg' }))
    expect(run.stderr).not.toContain('jsonld-missing-image')
  })

  it('reads one film, an array, { "films": [...] } and JSON Lines, in file order', () => {
    const files = [
      write('one.json', JSON.stringify(mask)),
      write('array.json', JSON.stringify([other, mask])),
      write('wrapped.json', JSON.stringify({ films: [other] })),
      write('lines.jsonl', `${JSON.stringify(mask)}\n\n${JSON.stringify(other)}\n`),
      write('lines.json', `${JSON.stringify(other)}\n${JSON.stringify(mask)}\n`),
    ]
    const run = runCli(['render', ...files, '--to', 'jsonld'])
    expect(run.code).toBe(0)
    const names = run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { name: string }).name)
    expect(names).toEqual(['Mask', 'Paper Moon', 'Mask', 'Paper Moon', 'Mask', 'Paper Moon', 'Paper Moon', 'Mask'])
  })

  it('reads YAML, CSV, markdown with front matter and folders as validate does, with renderer messages at their line', () => {
    const yaml = write('films.yaml', '- title: Good\n  year: 1981\n- title: Bad\n  year: "1992"\n- title: Other\n')
    const csv = write('films.csv', 'title,year,directors\nDaisy Miller,1974,Peter Bogdanovich\n')
    const md = write('review.md', '---\ntitle: Nickelodeon\nyear: 1976\n---\nA warm, ramshackle film about the first movies. 3 out of 4 stars.\n')
    const run = runCli(['render', yaml, csv, md, '--to', 'jsonld'])
    expect(run.code).toBe(1)
    const names = run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { name: string }).name)
    expect(names).toEqual(['Good', 'Other', 'Daisy Miller', 'Nickelodeon'])
    const stderr = run.stderr.split('\n').filter(Boolean)
    expect(stderr).toContain(`${yaml}:4:9: error: year: Invalid type: Expected number but received "1992". [invalid-type]`)
    expect(stderr).toContain(`${yaml}:5:3: warning: The movie has no image, which Google requires for a movie rich result. [jsonld-missing-image]`)
    expect(stderr).toContain(`${csv}:2:1: warning: The movie has no image, which Google requires for a movie rich result. [jsonld-missing-image]`)
    const folder = runCli(['render', join(dir), '--to', 'card'])
    expect(folder.stdout).toContain('Daisy Miller (1974)')
    expect(folder.stdout).toContain('Nickelodeon (1976)')
  })

  it('draws cards of exactly --width columns', () => {
    const run = runCli(['render', MASK_FILE, '--to', 'card', '--width', '40'])
    expect(run).toMatchObject({ code: 0, stdout: toCard(mask, { width: 40 }) })
    for (const line of run.stdout.trimEnd().split('\n')) expect(stringWidth(line)).toBe(40)
    expect(runCli(['render', MASK_FILE, '--to', 'card', '--ascii']).stdout).toMatch(/^[\x20-\x7e\n]+$/)
  })

  it('writes one HTML page for all films, with a JSON-LD script for each', () => {
    const run = runCli(['render', MASK_FILE, write('two.json', JSON.stringify(other)), '--to', 'html'])
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(run.stdout.match(/<script type="application\/ld\+json">/g)).toHaveLength(2)
    expect(run.stderr).toContain('two.json:1:1: warning: The movie has no image')
  })

  it('reports an invalid record at its line and column, renders the others, and exits 1', () => {
    const file = write('mixed.json', `[\n  { "title": "Good" },\n  { "title": "Bad", "year": "1985" }\n]\n`)
    const run = runCli(['render', file, '--to', 'card', '--width', '30'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('│ Good')
    expect(run.stdout).not.toContain('Bad')
    expect(run.stderr).toBe(`${file}:3:29: error: year: Invalid type: Expected number but received "1985". [invalid-type]\n`)
  })

  it('reports a line of JSON Lines at its own line', () => {
    const file = write('broken.jsonl', `{ "title": "Good" }\n{ "title": "" }\n`)
    const run = runCli(['render', file])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(new RegExp(`^${file}:2:12: error: title: `))
  })

  it('exits 2 on bad usage or an unreadable file, without a stack trace', () => {
    const cases = [
      ['render', MASK_FILE, '--to', 'pdf'],
      ['render', MASK_FILE, '--to', 'card', '--width', '10'],
      ['render', MASK_FILE, '--to', 'jsonld', '--base-url', 'films/mask'],
      ['render', join(dir, 'missing.json')],
      ['render'],
    ]
    for (const args of cases) {
      const run = runCli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
    expect(runCli(cases[1]!).stderr).toBe(
      'reelmark: Cannot render with `10` for `--width`, expected a whole number from 24 to 400.\n',
    )
    expect(runCli(cases[2]!).stderr).toBe(
      'reelmark: Cannot render JSON-LD with `films/mask` for `--base-url`, expected an absolute URL.\n',
    )
  })
})
