import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { safeParseFilm, safeParseRecord, ReviewSchema } from '../../src/index.js'

const load = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as object

const ajv = new Ajv2020({ allErrors: true, strict: true })
const checkFilm = ajv.compile(load('film.schema.json'))
const checkReview = ajv.compile(load('review.schema.json'))

/** Films that every validator must reject, each for the field named. */
const invalidFilms: [string, unknown, string][] = [
  ['a year given as text', { title: 'Mask', year: '1985' }, '/year'],
  ['a rating of 11 out of 10', { title: 'Mask', ratings: [{ value: 11, best: 10, worst: 1 }] }, '/ratings/0/value'],
  ['a rating below its worst', { title: 'Mask', ratings: [{ value: 0, best: 5, worst: 1 }] }, '/ratings/0/value'],
  ['a missing title', { year: 1985 }, ''],
  ['an empty title', { title: '' }, '/title'],
  ['a padded title', { title: 'Mask ' }, '/title'],
  ['a misspelt field', { title: 'Mask', yaer: 1985 }, ''],
  ['a month that does not exist', { title: 'Mask', releaseDates: [{ date: '1985-13-01' }] }, '/releaseDates/0/date'],
  ['30 February', { title: 'Mask', releaseDates: [{ date: '1985-02-30' }] }, '/releaseDates/0/date'],
  ['a lower-case currency', { title: 'Mask', budget: { amount: 1, currency: 'usd' } }, '/budget/currency'],
  ['a three-letter region', { title: 'Mask', grosses: [{ amount: 1, currency: 'USD', region: 'USA' }] }, '/grosses/0/region'],
  ['an IMDb id without tt', { title: 'Mask', ids: { imdb: '0089560' } }, '/ids/imdb'],
  ['a fractional vote count', { title: 'Mask', ratings: [{ value: 7, best: 10, worst: 1, count: 1.5 }] }, '/ratings/0/count'],
  ['an empty list', { title: 'Mask', genres: [] }, '/genres'],
  ['a null value', { title: 'Mask', logline: null }, '/logline'],
  ['a review without sections', { title: 'Mask', reviews: [{ sections: [] }] }, '/reviews/0/sections'],
]

describe('schemas/film.schema.json', () => {
  it('declares draft 2020-12 with an $id, a title and descriptions', () => {
    const schema = load('film.schema.json') as Record<string, unknown>
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema['$id']).toBe('https://unpkg.com/reelmark/schemas/film.schema.json')
    expect(schema['title']).toBe('reelmark Film')
    expect(schema['description']).toMatch(/film/i)
  })

  for (const [what, film, pointer] of invalidFilms) {
    it(`rejects ${what} with ajv, as reelmark does`, () => {
      expect(checkFilm(film)).toBe(false)
      expect(checkFilm.errors?.map((error) => error.instancePath)).toContain(pointer)
      expect(safeParseFilm(film).success).toBe(false)
    })
  }

  it('accepts the bundled example films, as reelmark does', () => {
    const mask = JSON.parse(readFileSync(new URL('../../examples/films/mask.json', import.meta.url), 'utf8'))
    expect(checkFilm(mask), JSON.stringify(checkFilm.errors)).toBe(true)
    expect(safeParseFilm(mask).success).toBe(true)
  })
})

describe('schemas/review.schema.json', () => {
  it('accepts a review with a stated rating and rejects one off its scale', () => {
    const review = {
      rating: { value: 4.5, best: 5, text: '4.5 out of 5 stars' },
      sections: [{ kind: 'verdict', paragraphs: ['Worth seeing.'] }],
    }
    expect(checkReview(review)).toBe(true)
    expect(safeParseRecord(ReviewSchema, review).success).toBe(true)
    const offScale = { ...review, rating: { value: 6, best: 5, text: '6 out of 5' } }
    expect(checkReview(offScale)).toBe(false)
    expect(safeParseRecord(ReviewSchema, offScale).success).toBe(false)
  })
})
