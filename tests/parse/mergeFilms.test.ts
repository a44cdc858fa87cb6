import { describe, expect, it } from 'vitest'
import { mergeFilms } from '../../src/parse/mergeFilms.js'
import type { Film } from '../../src/schemas/film.js'

const page: Film = {
  title: 'Mask',
  year: 1985,
  directors: [{ name: 'Peter Bogdanovich' }],
  cast: [
    { name: 'Cher', character: "Florence 'Rusty' Dennis" },
    { name: 'Eric Stoltz', character: "Roy L. 'Rocky' Dennis" },
  ],
  grosses: [{ amount: 42400000, currency: 'USD', region: 'US' }],
  reviews: [{ sections: [{ kind: 'verdict', paragraphs: ['A fine film.'] }] }],
}
const review: Film = {
  title: 'Mask',
  year: 1985,
  directors: [{ name: 'Peter Bogdanovich' }],
  writers: [{ name: 'Anna Hamilton Phelan' }],
  cast: [
    { name: 'Eric Stoltz', character: 'Rocky' },
    { name: 'Sam Elliott', character: 'Gar' },
  ],
  grosses: [{ amount: 48000000, currency: 'USD', qualifier: 'over', scope: 'domestic', region: 'US' }],
  reviews: [{ sections: [{ kind: 'acting', paragraphs: ['Stoltz is superb.'] }] }],
}

describe('mergeFilms', () => {
  it('unites lists without duplicates: the same person, the same character', () => {
    const { value } = mergeFilms([page, review])
    expect(value!.directors).toEqual([{ name: 'Peter Bogdanovich' }])
    expect(value!.writers).toEqual([{ name: 'Anna Hamilton Phelan' }])
    expect(value!.cast).toEqual([
      { name: 'Cher', character: "Florence 'Rusty' Dennis" },
      { name: 'Eric Stoltz', character: "Roy L. 'Rocky' Dennis" },
      { name: 'Sam Elliott', character: 'Gar' },
    ])
  })

  it('appends the reviews of every record', () => {
    const { value } = mergeFilms([page, review])
    expect(value!.reviews!.map((item) => item.sections[0]!.kind)).toEqual(['verdict', 'acting'])
  })

  it('keeps both grosses where sources disagree, with a conflict warning naming both and their sources', () => {
    const { value, messages } = mergeFilms([page, review], { sources: ['page.txt', 'review.txt'] })
    expect(value!.grosses).toHaveLength(2)
    expect(messages).toEqual([
      {
        severity: 'warning',
        rule: 'conflict',
        message:
          'Sources disagree on the US gross: $42,400,000 (US) (page.txt) and over $48,000,000 (domestic, US) (review.txt); kept both.',
        path: 'grosses.1',
      },
    ])
  })

  it('keeps the first of two release years and names the other', () => {
    const { value, messages } = mergeFilms([page, { title: 'Mask', year: 1984 }])
    expect(value!.year).toBe(1985)
    expect(messages).toContainEqual(expect.objectContaining({
      rule: 'conflict',
      path: 'year',
      message: 'Sources disagree on the year: 1985 (record 1) and 1984 (record 2); kept the first.',
    }))
  })

  it('warns when one actor is given two different characters', () => {
    const { messages } = mergeFilms([page, { title: 'Mask', cast: [{ name: 'Cher', character: 'Evelyn' }] }])
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'conflict', path: 'cast.0.character' }))
  })

  it('prefers a real title over the placeholder of an untitled review', () => {
    const { value, messages } = mergeFilms([{ title: 'Untitled' }, page])
    expect(value!.title).toBe('Mask')
    expect(messages).toEqual([])
  })

  it('returns no film and an error for no records', () => {
    expect(mergeFilms([])).toEqual({
      value: undefined,
      messages: [{ severity: 'error', rule: 'no-records', message: 'There are no records to merge.' }],
    })
  })

  it('throws on misuse', () => {
    expect(() => mergeFilms('x' as unknown as Film[])).toThrow('Cannot merge films with `string` for `records`, expected an array of films')
  })
})

describe('mergeFilms with amounts that agree', () => {
  it('keeps "over $30 million" beside "$30,933,743" without a conflict', () => {
    const { value, messages } = mergeFilms([
      { title: 'Paper Moon', grosses: [{ amount: 30933743, currency: 'USD', region: 'US' }] },
      { title: 'Paper Moon', grosses: [{ amount: 30000000, currency: 'USD', qualifier: 'over', region: 'US' }] },
    ])
    expect(value!.grosses).toHaveLength(2)
    expect(messages).toEqual([])
  })
})
