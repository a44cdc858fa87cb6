import { describe, expect, it } from 'vitest'
import { fromOmdb } from '../../src/import/fromOmdb.js'
import { fixture, golden } from './_golden.js'

const omdb = (extra: Record<string, unknown>) => ({ Title: 'Mask', Response: 'True', ...extra })

describe('fromOmdb', () => {
  it('reads a full OMDb response (golden)', () => {
    golden('omdb-mask', fromOmdb(JSON.parse(fixture('omdb-mask.in.json'))))
  })

  it('reads each entry of Ratings on its own scale', () => {
    const { value } = fromOmdb(
      omdb({
        Ratings: [
          { Source: 'Internet Movie Database', Value: '7.9/10' },
          { Source: 'Rotten Tomatoes', Value: '91%' },
          { Source: 'Metacritic', Value: '80/100' },
        ],
        imdbVotes: '1,234,567',
      }),
    )
    expect(value?.ratings).toEqual([
      { value: 7.9, best: 10, worst: 1, count: 1234567, source: 'IMDb' },
      { value: 91, best: 100, worst: 0, source: 'Rotten Tomatoes' },
      { value: 80, best: 100, worst: 0, source: 'Metacritic' },
    ])
  })

  it('treats "N/A" as missing', () => {
    const { value, messages } = fromOmdb(omdb({ Runtime: 'N/A', BoxOffice: 'N/A', imdbRating: 'N/A', Metascore: 'N/A' }))
    expect(value).toEqual({ title: 'Mask' })
    expect(messages).toEqual([])
  })

  it('reads "142 min" and "$28,341,469"', () => {
    const { value } = fromOmdb(omdb({ Runtime: '142 min', BoxOffice: '$28,341,469' }))
    expect(value?.runtimes).toEqual([{ minutes: 142 }])
    expect(value?.grosses).toEqual([{ amount: 28341469, currency: 'USD', region: 'US', scope: 'domestic' }])
  })

  it('reads imdbRating and Metascore when the older response has no Ratings', () => {
    const { value } = fromOmdb(omdb({ imdbRating: '6.2', imdbVotes: '19,306', Metascore: '42' }))
    expect(value?.ratings).toEqual([
      { value: 6.2, best: 10, worst: 1, count: 19306, source: 'IMDb' },
      { value: 42, best: 100, worst: 0, source: 'Metacritic' },
    ])
  })

  it('reports an imdbRating that contradicts Ratings as a conflict', () => {
    const { messages } = fromOmdb(omdb({ Ratings: [{ Source: 'Internet Movie Database', Value: '7.9/10' }], imdbRating: '8.1' }))
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'conflict', path: 'ratings' }))
  })

  it('returns no film and OMDb\'s reason for an error response', () => {
    const result = fromOmdb({ Response: 'False', Error: 'Movie not found!' })
    expect(result.value).toBeUndefined()
    expect(result.messages).toEqual([expect.objectContaining({ severity: 'error', rule: 'no-film', message: 'OMDb found no film: Movie not found!.' })])
  })
})
