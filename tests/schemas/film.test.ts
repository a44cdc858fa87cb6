import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  FilmSchema,
  FilmValidationError,
  ReviewSchema,
  isRealIsoDate,
  parseFilm,
  safeParseFilm,
  safeParseRecord,
  type Film,
} from '../../src/index.js'

const valid: Film = {
  title: 'Mask',
  year: 1985,
  ids: { imdb: 'tt0089560', wikidata: 'Q1424374', tmdb: 9626 },
  releaseDates: [{ date: '1985-03-08', region: 'US' }],
  runtimes: [{ minutes: 120 }, { minutes: 126, note: "director's cut" }],
  directors: [{ name: 'Peter Bogdanovich', ids: { imdb: 'nm0000953' } }],
  cast: [{ name: 'Kelly Jo Minter', character: 'Lorrie', creditedAs: 'Kelly Minter' }],
  budget: { amount: 8500000, currency: 'USD', qualifier: 'about' },
  grosses: [{ amount: 42400000, currency: 'USD', region: 'US', scope: 'domestic' }],
  ratings: [{ value: 7, best: 10, worst: 1, count: 12168, source: 'IMDb' }],
  awards: [{ name: 'Academy Award', category: 'Best Makeup', result: 'won', year: 1986 }],
  quotes: [{ lines: [{ character: 'Rocky Dennis', text: 'These things are good.', note: 'Poem' }] }],
  reviews: [
    {
      title: 'A very good film',
      rating: { value: 4.5, best: 5, text: '4.5 out of 5 stars' },
      sections: [{ kind: 'verdict', paragraphs: ['Worth seeing.'] }],
    },
  ],
}

/** The dot paths of every issue the film has. */
function issuePaths(input: unknown): string[] {
  const result = safeParseFilm(input)
  return result.success ? [] : result.issues.map((issue) => issue.path)
}

describe('FilmSchema', () => {
  it('accepts a complete, careful record', () => {
    expect(safeParseFilm(valid)).toEqual({ success: true, output: valid, issues: [] })
  })

  it('requires a title that is not empty or padded', () => {
    expect(issuePaths({})).toEqual(['title'])
    expect(issuePaths({ title: '' })).toEqual(['title'])
    expect(issuePaths({ title: ' Mask' })).toEqual(['title'])
  })

  it('takes years as whole numbers from 1870 to 2100', () => {
    expect(issuePaths({ title: 'Mask', year: '1985' })).toEqual(['year'])
    expect(issuePaths({ title: 'Mask', year: 1985.5 })).toEqual(['year'])
    expect(issuePaths({ title: 'Mask', year: 1869 })).toEqual(['year'])
    expect(issuePaths({ title: 'Mask', year: 2101 })).toEqual(['year'])
    expect(issuePaths({ title: 'Mask', year: 1870 })).toEqual([])
  })

  it('leaves optional fields out rather than null, empty text or empty lists', () => {
    expect(issuePaths({ title: 'Mask', year: null })).toEqual(['year'])
    expect(issuePaths({ title: 'Mask', logline: '' })).toEqual(['logline'])
    expect(issuePaths({ title: 'Mask', genres: [] })).toEqual(['genres'])
  })

  it('reports unknown fields, so typos do not pass unnoticed', () => {
    const result = safeParseFilm({ title: 'Mask', titel: 'Mask' })
    expect(result.issues).toEqual([{ path: 'titel', message: 'Unknown field "titel".' }])
  })

  it('takes only ISO dates that exist', () => {
    const dated = (date: string) => issuePaths({ title: 'Mask', releaseDates: [{ date }] })
    for (const date of ['1985', '1985-03', '1985-03-08', '1984-02-29', '2000-02-29']) {
      expect(dated(date), date).toEqual([])
    }
    for (const date of ['85', '1985-3-8', '1985-13', '1985-04-31', '1985-02-29', '1900-02-29', '8 March 1985', 'abcd-02-29', '19850-02-29']) {
      expect(dated(date), date).toEqual(['releaseDates.0.date'])
    }
  })

  it('takes ISO 4217 currencies and ISO 3166-1 regions', () => {
    expect(issuePaths({ title: 'Mask', budget: { amount: 1, currency: 'usd' } })).toEqual(['budget.currency'])
    expect(issuePaths({ title: 'Mask', budget: { amount: 1, currency: 'DEM' } })).toEqual([])
    const gross = (region: string) => ({ title: 'Mask', grosses: [{ amount: 1, currency: 'USD', region }] })
    expect(issuePaths(gross('USA'))).toEqual(['grosses.0.region'])
    expect(issuePaths(gross('UK'))).toEqual(['grosses.0.region'])
    expect(issuePaths(gross('GB'))).toEqual([])
  })

  it('checks IMDb and Wikidata id patterns', () => {
    expect(issuePaths({ title: 'Mask', ids: { imdb: '0089560' } })).toEqual(['ids.imdb'])
    expect(issuePaths({ title: 'Mask', ids: { wikidata: 'Q0' } })).toEqual(['ids.wikidata'])
    expect(issuePaths({ title: 'Mask', directors: [{ name: 'A', ids: { imdb: 'tt0000953' } }] })).toEqual([
      'directors.0.ids.imdb',
    ])
  })

  it('keeps ratings on their own scale', () => {
    const rated = (rating: object) => issuePaths({ title: 'Mask', ratings: [rating] })
    expect(rated({ value: 11, best: 10, worst: 1 })).toEqual(['ratings.0.value'])
    expect(rated({ value: 0, best: 10, worst: 1 })).toEqual(['ratings.0.value'])
    expect(rated({ value: 5, best: 1, worst: 10 })).toEqual(['ratings.0.value'])
    expect(rated({ value: 7, best: 10, worst: 1, count: 0 })).toEqual(['ratings.0.count'])
    expect(rated({ value: 7, best: 10, worst: 1, count: 2.5 })).toEqual(['ratings.0.count'])
    expect(rated({ value: 7, best: 10, worst: 1 })).toEqual([])
  })

  it('requires at least one section in a review, each with a known kind', () => {
    expect(issuePaths({ title: 'Mask', reviews: [{ sections: [] }] })).toEqual(['reviews.0.sections'])
    expect(
      issuePaths({ title: 'Mask', reviews: [{ sections: [{ kind: 'gossip', paragraphs: ['x'] }] }] }),
    ).toEqual(['reviews.0.sections.0.kind'])
  })

  it('lists every issue at once, not only the first', () => {
    expect(issuePaths({ year: '1985', runtimes: [{ minutes: 0 }] })).toEqual([
      'title',
      'year',
      'runtimes.0.minutes',
    ])
  })

  it('is a Standard Schema', () => {
    const valid = FilmSchema['~standard'].validate({ title: 'Mask' })
    expect(valid).toMatchObject({ value: { title: 'Mask' } })
    expect(valid).not.toHaveProperty('issues', expect.anything())
    const invalid = FilmSchema['~standard'].validate({ year: 1985 })
    expect(invalid).toHaveProperty('issues', [expect.objectContaining({ path: [expect.objectContaining({ key: 'title' })] })])
  })
})

describe('parseFilm', () => {
  it('returns a valid film unchanged', () => {
    expect(parseFilm(valid)).toEqual(valid)
  })

  it('throws a FilmValidationError naming each field', () => {
    expect(() => parseFilm({ title: 'Mask', year: '1985' })).toThrowError(FilmValidationError)
    expect(() => parseFilm({ title: 'Mask', year: '1985' })).toThrowError(/year: Invalid type/)
  })
})

describe('safeParseRecord', () => {
  it('checks any record schema, such as a review', () => {
    const result = safeParseRecord(ReviewSchema, { sections: [{ kind: 'plot', paragraphs: [' x'] }] })
    expect(result.issues.map((issue) => issue.path)).toEqual(['sections.0.paragraphs.0'])
  })
})

describe('isRealIsoDate', () => {
  it('knows leap years', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true)
    expect(isRealIsoDate('2023-02-29')).toBe(false)
    expect(isRealIsoDate('2100-02-29')).toBe(false)
  })
})

describe('valibot interop', () => {
  it('works with v.parse directly', () => {
    expect(v.parse(FilmSchema, { title: 'Mask' })).toEqual({ title: 'Mask' })
  })
})
