import { describe, expect, it } from 'vitest'
import { importFilm } from '../../src/import/importFilm.js'
import { toJsonLd } from '../../src/render/toJsonLd.js'
import type { Film } from '../../src/schemas/film.js'
import { fixture } from './_golden.js'

/** A film holding every field that schema.org JSON-LD carries. */
const film: Film = {
  title: 'Mask',
  originalTitle: 'Mask (Die Maske)',
  year: 1985,
  ids: { imdb: 'tt0089560', wikidata: 'Q1424374', tmdb: 10299 },
  logline: 'A teenager with a rare facial deformity and his biker mother face the world together.',
  genres: ['Drama', 'Biography'],
  releaseDates: [{ date: '1985-03-08' }],
  runtimes: [{ minutes: 120 }],
  directors: [{ name: 'Peter Bogdanovich', ids: { imdb: 'nm0000953' } }],
  cast: [
    { name: 'Cher', character: "Florence 'Rusty' Dennis" },
    { name: 'Eric Stoltz', character: 'Rocky Dennis' },
  ],
  countries: ['United States'],
  languages: ['English'],
  filmingLocations: ['Azusa, California'],
  ratings: [{ value: 7.2, best: 10, worst: 1, count: 31208 }],
  awards: [{ name: 'Academy Award', category: 'Best Makeup', year: 1986 }],
  reviews: [
    {
      title: "A mother's fierce love",
      author: 'Jo Critic',
      datePublished: '1985-03-10',
      rating: { value: 4, best: 5, worst: 1, text: '4/5' },
      sections: [{ kind: 'overview', paragraphs: ['Cher gives the performance of her career.', 'Stoltz is never less than human.'] }],
    },
  ],
}

describe('importFilm', () => {
  it('gives back every field JSON-LD carries from toJsonLd', () => {
    const result = importFilm(toJsonLd(film))
    expect(result.value).toEqual(film)
    expect(result.messages.filter((message) => message.severity !== 'info')).toEqual([])
  })

  it('gives back stars with their ids when the film has no cast', () => {
    const stars: Film = { title: 'Alien', stars: [{ name: 'Sigourney Weaver', ids: { imdb: 'nm0000244' } }] }
    expect(importFilm(toJsonLd(stars)).value).toEqual(stars)
  })

  it('detects the format of text and places messages at their line and column', () => {
    const result = importFilm(fixture('omdb-mask.in.json'))
    expect(result.value?.ids).toEqual({ imdb: 'tt0089560' })
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'unknown-field', line: 31, column: 13 }))
  })

  it('reads the format named by `from` even when the shape says otherwise', () => {
    const result = importFilm({ title: 'Mask', release_date: '1985-03-07' }, { from: 'tmdb' })
    expect(result.value).toEqual({ title: 'Mask', year: 1985, releaseDates: [{ date: '1985-03-07' }] })
  })

  it('reports input of no known format as an error', () => {
    const result = importFilm({ name: 'Mask' })
    expect(result.value).toBeUndefined()
    expect(result.messages).toEqual([expect.objectContaining({ severity: 'error', rule: 'unknown-source' })])
  })

  it('reports broken JSON with its place', () => {
    const result = importFilm('{ "Title": "Mask", }', { from: 'omdb' })
    expect(result.messages).toEqual([expect.objectContaining({ rule: 'syntax-error', line: 1 })])
  })

  it('throws on misuse', () => {
    expect(() => importFilm(42)).toThrow('Cannot import film with `42` for `input`, expected text or a parsed JSON value')
    expect(() => importFilm('{}', { from: 'imdb' as never })).toThrow(/^Cannot import film with `imdb` for `options.from`, expected one of omdb/)
    expect(() => importFilm('{}', { form: 'omdb' } as never)).toThrow(/for `options.form`/)
    expect(() => importFilm({}, { from: 'wikipedia' })).toThrow(/expected wikitext or export XML/)
  })
})
