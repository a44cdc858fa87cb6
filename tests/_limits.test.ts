import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { _LIMITS } from '../src/_limits.js'
import { importFilm, parseFilmPage, parseReview, validateFile } from '../src/index.js'

const folder = mkdtempSync(join(tmpdir(), 'reelmark-limits-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(folder, name)
  writeFileSync(path, text)
  return path
}

const nested = (depth: number) => `{"title":"Mask","genres":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`

describe('_LIMITS', () => {
  describe('inputLength', () => {
    const long = `Director: Jane Doe\n${'x'.repeat(_LIMITS.inputLength)}`

    it('parseFilmPage reads the first 5,000,000 characters and warns', () => {
      const { value, messages } = parseFilmPage(long, { title: 'Mask' })
      expect(value?.directors).toEqual([{ name: 'Jane Doe' }])
      expect(messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'input-too-large' }))
    })

    it('parseReview reads the first 5,000,000 characters and warns', () => {
      const { value, messages } = parseReview(`Mask is a fine film. ${'word '.repeat(_LIMITS.inputLength / 5)}`, { title: 'Mask' })
      expect(value?.title).toBe('Mask')
      expect(messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'input-too-large' }))
    })

    it('importFilm refuses longer JSON text with an error', () => {
      const { value, messages } = importFilm(`{"Title":"Mask","Response":"True"}${' '.repeat(_LIMITS.inputLength)}`)
      expect(value).toBeUndefined()
      expect(messages).toEqual([expect.objectContaining({ severity: 'error', rule: 'input-too-large' })])
    })
  })

  describe('jsonDepth', () => {
    it('importFilm reads JSON nested 64 deep and refuses 65, naming the place', () => {
      expect(importFilm(nested(64), { from: 'jsonld' }).messages.some((message) => message.rule === 'too-deep')).toBe(false)
      const { value, messages } = importFilm(nested(65), { from: 'jsonld' })
      expect(value).toBeUndefined()
      expect(messages).toEqual([expect.objectContaining({ rule: 'too-deep', line: 1, column: 25 + 64 })])
    })

    it('validateFile refuses a .json file and a JSON Lines line nested past it', async () => {
      const json = await validateFile(file('deep.json', `\n${nested(100_000)}`))
      expect(json.issues).toEqual([expect.objectContaining({ rule: 'too-deep', line: 2 })])
      const lines = await validateFile(file('deep.jsonl', `{"title":"Mask"}\n${nested(100_000)}\n`))
      expect(lines.issues).toEqual([expect.objectContaining({ rule: 'too-deep', line: 2, record: 2 })])
    })

    it('validateFile finds a JSON Lines line nested 65 deep wherever its brackets fall in the read buffer', async () => {
      // Note: lines of 64 and 65 levels, each shifted by 0 to 7 spaces, so the brackets sit at every
      // alignment of the byte count that decides which lines are scanned.
      const lines = Array.from({ length: 16 }, (_, index) => `${' '.repeat(index % 8)}${nested(64 + (index >> 3))}`)
      const report = await validateFile(file('edge.jsonl', `${lines.join('\n')}\n`))
      expect(report.issues.filter((issue) => issue.rule === 'too-deep').map((issue) => [issue.line, issue.column])).toEqual(
        Array.from({ length: 8 }, (_, index) => [9 + index, index + 25 + 64]),
      )
    })
  })

  describe('yamlDepth', () => {
    it('validateFile refuses YAML and front matter nested past 64 flow levels', async () => {
      const yaml = await validateFile(file('deep.yaml', `title: Mask\ngenres: ${'['.repeat(100_000)}`))
      expect(yaml.issues).toEqual([expect.objectContaining({ rule: 'too-deep', line: 2 })])
      const markdown = await validateFile(file('deep.md', `---\ntitle: Mask\ngenres: ${'['.repeat(65)}${']'.repeat(65)}\n---\n`))
      expect(markdown.issues).toEqual([expect.objectContaining({ rule: 'too-deep' })])
    })
  })

  describe('yamlAliases', () => {
    const bomb = `title: Mask\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`

    it('validateFile reports an alias bomb in YAML and in front matter instead of throwing', async () => {
      const yaml = await validateFile(file('bomb.yaml', bomb))
      expect(yaml.issues).toEqual([expect.objectContaining({ rule: 'input-too-large', message: expect.stringContaining('alias') })])
      const markdown = await validateFile(file('bomb.md', `---\n${bomb}---\n`))
      expect(markdown.issues).toEqual([expect.objectContaining({ rule: 'input-too-large', message: expect.stringContaining('alias') })])
    })
  })

  describe('fileBytes', () => {
    it('validateFile refuses a .json, .yaml or .md file past 50,000,000 bytes without reading it', async () => {
      for (const name of ['huge.json', 'huge.yaml', 'huge.md']) {
        const path = file(name, '')
        truncateSync(path, _LIMITS.fileBytes + 1)
        const report = await validateFile(path)
        expect(report.issues, name).toEqual([expect.objectContaining({ rule: 'input-too-large', line: 1, column: 1 })])
      }
    })
  })

  describe('lineLength', () => {
    it('validateFile reports a JSON Lines line past 5,000,000 characters and reads the others', async () => {
      const report = await validateFile(file('long.jsonl', `{"title":"Mask"}\n"${'x'.repeat(_LIMITS.lineLength)}"\n{"title":"Paper Moon"}\n`))
      expect(report.records).toBe(3)
      expect(report.issues).toEqual([expect.objectContaining({ rule: 'input-too-large', line: 2, record: 2 })])
    })
  })

  describe('markdownBrackets', () => {
    it('parseReview reads markdown nested past 32 brackets as plain text, with a warning', () => {
      const { value, messages } = parseReview(`# Mask\n\n${'['.repeat(33)}a${']'.repeat(33)}`, { format: 'markdown', title: 'Mask' })
      expect(value?.reviews?.[0]?.sections[0]?.paragraphs.join(' ')).toContain('['.repeat(33))
      expect(messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'too-deep' }))
    })
  })

  describe('HTML nesting', () => {
    it('parseFilmPage reports a page nested past what the HTML tree builder can follow as too-deep', () => {
      const { value, messages } = parseFilmPage(`<html><body>${'<div>'.repeat(100_000)}`, { title: 'Mask' })
      expect(value).toBeUndefined()
      expect(messages).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'too-deep' }))
    })
  })
})
