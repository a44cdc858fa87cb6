import { describe, expect, it } from 'vitest'
import { validateFile } from '../../src/validate/validateFile.js'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
const today = '2024-06-01'

async function check(name: string) {
  const report = await validateFile(fixture(name), { today })
  return { records: report.records, issues: report.issues.map((i) => [i.line, i.column, i.rule, i.severity, i.record]) }
}

describe('validateFile', () => {
  it('places JSON issues at the value, the record or the unknown key', async () => {
    expect(await check('films.json')).toEqual({
      records: 2,
      issues: [
        [4, 13, 'invalid-type', 'error', 1],
        [6, 28, 'rating-off-scale', 'error', 1],
        [8, 3, 'missing-title', 'error', 2],
        [9, 5, 'unknown-field', 'error', 2],
      ],
    })
  })

  it('places a JSON syntax error where parsing stopped', async () => {
    expect(await check('broken.json')).toEqual({ records: 0, issues: [[4, 1, 'syntax-error', 'error', 0]] })
  })

  it('reads JSON Lines line by line, skipping blank lines and going on after a broken one', async () => {
    expect(await check('films.jsonl')).toEqual({
      records: 5,
      issues: [
        [2, 58, 'implausible-runtime', 'warning', 2],
        [4, 31, 'syntax-error', 'error', 3],
        [5, 44, 'duplicate-film', 'error', 4],
        [6, 41, 'year-mismatch', 'warning', 5],
      ],
    })
  })

  it('checks only its share of a JSON Lines file with a shard', async () => {
    const first = await validateFile(fixture('films.jsonl'), { today, shard: { index: 1, count: 2 } })
    const second = await validateFile(fixture('films.jsonl'), { today, shard: { index: 2, count: 2 } })
    expect([first.records, second.records]).toEqual([3, 2])
    expect(first.issues.map((i) => i.line)).toEqual([4, 6])
    expect(second.issues.map((i) => i.line)).toEqual([2])
  })

  it('places YAML issues with the yaml package positions', async () => {
    expect(await check('films.yaml')).toEqual({
      records: 2,
      issues: [
        [8, 13, 'duplicate-cast', 'warning', 1],
        [11, 9, 'invalid-type', 'error', 2],
        [14, 17, 'conflicting-grosses', 'warning', 2],
      ],
    })
  })

  it('places a YAML syntax error', async () => {
    expect(await check('broken.yaml')).toEqual({ records: 0, issues: [[3, 1, 'syntax-error', 'error', 0]] })
  })

  it('reads the front matter of a markdown page as the film, at its lines in the page', async () => {
    expect(await check('mask.md')).toEqual({
      records: 1,
      issues: [
        [3, 7, 'year-mismatch', 'warning', 1],
        [5, 11, 'release-in-future', 'warning', 1],
        [9, 18, 'invalid-value', 'error', 1],
      ],
    })
  })

  it('reads the body of a markdown page as a review with parseReview, at its lines in the page', async () => {
    expect(await check('review.md')).toEqual({ records: 1, issues: [[8, 31, 'conflict', 'warning', 1]] })
  })

  it('reports a markdown page without front matter', async () => {
    expect(await check('no-front-matter.md')).toEqual({ records: 0, issues: [[1, 1, 'syntax-error', 'error', 0]] })
  })

  it('places CSV issues at their cell, list items at their item, and goes on after a ragged row', async () => {
    expect(await check('films.csv')).toEqual({
      records: 4,
      issues: [
        [3, 14, 'invalid-type', 'error', 2],
        [3, 40, 'invalid-value', 'error', 2],
        [4, 15, 'ragged-row', 'error', 3],
        [6, 79, 'duplicate-cast', 'warning', 4],
      ],
    })
  })

  it('reads TSV with \\N as missing and reports unknown columns at the header', async () => {
    expect(await check('films.tsv')).toEqual({
      records: 2,
      issues: [
        [1, 17, 'unknown-column', 'error', 0],
        [3, 15, 'invalid-value', 'error', 2],
      ],
    })
  })

  it('gives each issue its dot path and a JSON Pointer into the file', async () => {
    const report = await validateFile(fixture('films.json'), { today })
    expect(report.issues[0]).toMatchObject({ path: 'year', pointer: '/0/year' })
    const csv = await validateFile(fixture('films.csv'), { today })
    expect(csv.issues[1]).toMatchObject({ path: 'directors.1.name', pointer: '/1/directors/1/name' })
  })

  it('turns a rule off or changes its severity by configuration', async () => {
    const report = await validateFile(fixture('films.jsonl'), {
      today,
      config: { rules: { 'implausible-runtime': ['error', { max: 2000 }], 'year-mismatch': 'error', 'duplicate-film': 'off' } },
    })
    expect(report.issues.map((i) => [i.line, i.rule, i.severity])).toEqual([
      [4, 'syntax-error', 'error'],
      [6, 'year-mismatch', 'error'],
    ])
  })

  it('throws on misuse', async () => {
    await expect(validateFile('films.txt')).rejects.toThrow(
      'Cannot validate a file with `films.txt` for `path`, expected one of: .json, .jsonl, .ndjson, .yaml, .yml, .md, .csv, .tsv.',
    )
    await expect(validateFile(fixture('films.json'), { shard: { index: 3, count: 2 } })).rejects.toThrow('for `options.shard`')
    await expect(validateFile(fixture('films.json'), { today: 'yesterday' })).rejects.toThrow('for `options.today`')
  })
})
