import { describe, expect, it } from 'vitest'
import { fromImdbApi } from '../../src/import/fromImdbApi.js'
import { fixture, golden } from './_golden.js'

describe('fromImdbApi', () => {
  it('reads an imdbapi response and flags an id that does not match its own URL (golden)', () => {
    golden('imdbapi-mask', fromImdbApi(JSON.parse(fixture('imdbapi-mask.in.json'))))
  })

  it('reads squashed runtimes with their regions and notes', () => {
    const { value } = fromImdbApi({ title: 'T', runtime: '87min,Canada:78min,USA:82min(unratedversion:DirectorsCut)' })
    expect(value?.runtimes).toEqual([
      { minutes: 87 },
      { minutes: 78, region: 'CA' },
      { minutes: 82, region: 'US', note: 'unrated version: Directors Cut' },
    ])
  })

  it('keeps the imdbid and reports the conflict when imdburl names another title', () => {
    const { value, messages } = fromImdbApi({ title: 'T', imdbid: 'tt0090191', imdburl: 'http://www.imdb.com/title/tt0090190/' })
    expect(value?.ids).toEqual({ imdb: 'tt0090191' })
    expect(messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'conflict', path: 'ids.imdb' }))
  })
})
