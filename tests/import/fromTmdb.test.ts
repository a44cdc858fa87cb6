import { describe, expect, it } from 'vitest'
import { fromTmdb } from '../../src/import/fromTmdb.js'
import { fixture, golden } from './_golden.js'

describe('fromTmdb', () => {
  it('reads a movie with credits and release dates, flagging a tiny revenue (golden)', () => {
    golden('tmdb-mask', fromTmdb(JSON.parse(fixture('tmdb-mask.in.json'))))
  })

  it('reads a budget or revenue of 0 as unknown, not zero', () => {
    const { value, messages } = fromTmdb({ title: 'Nosferatu', budget: 0, revenue: 0 })
    expect(value?.budget).toBeUndefined()
    expect(value?.grosses).toBeUndefined()
    expect(messages.filter((message) => message.rule === 'unknown-value')).toHaveLength(2)
  })

  it('keeps an implausibly small revenue and flags it', () => {
    const { value, messages } = fromTmdb({ title: 'Nosferatu', revenue: 19054 })
    expect(value?.grosses).toEqual([{ amount: 19054, currency: 'USD', scope: 'worldwide' }])
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'implausible-value', path: 'grosses' }))
  })

  it('reads vote_average on a 10 scale with vote_count', () => {
    const { value } = fromTmdb({ title: 'Star Wars', vote_average: 8.203, vote_count: 20033 })
    expect(value?.ratings).toEqual([{ value: 8.203, best: 10, worst: 0, count: 20033, source: 'TMDB' }])
  })

  it('orders the cast by billing and takes directors and writers from the crew', () => {
    const { value } = fromTmdb(JSON.parse(fixture('tmdb-mask.in.json')))
    expect(value?.cast?.map((credit) => credit.name)).toEqual(['Cher', 'Eric Stoltz', 'Sam Elliott'])
    expect(value?.directors).toEqual([{ name: 'Peter Bogdanovich' }])
    expect(value?.writers).toEqual([{ name: 'Anna Hamilton Phelan' }])
  })
})
