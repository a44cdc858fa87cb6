import { describe, expect, it } from 'vitest'
import { fromJsonLd, fromJsonLdText } from '../../src/import/fromJsonLd.js'
import { fixture, golden } from './_golden.js'

const movie = (extra: Record<string, unknown>) => ({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Mask', ...extra })

describe('fromJsonLd', () => {
  it('reads a Movie inside @graph, following @id references (golden)', () => {
    golden('jsonld-mask', fromJsonLdText(fixture('jsonld-mask.in.json')))
  })

  it('reads plain Person actors as stars with their IMDb ids', () => {
    const { value } = fromJsonLd(movie({ actor: [{ '@type': 'Person', name: 'Cher', url: '/name/nm0000128/' }] }))
    expect(value?.stars).toEqual([{ name: 'Cher', ids: { imdb: 'nm0000128' } }])
    expect(value?.cast).toBeUndefined()
  })

  it('reads PerformanceRole actors as cast credits with characters', () => {
    const { value } = fromJsonLd(
      movie({ actor: { '@type': 'PerformanceRole', actor: { '@type': 'Person', name: 'Cher' }, characterName: 'Rusty' } }),
    )
    expect(value?.cast).toEqual([{ name: 'Cher', character: 'Rusty' }])
  })

  it('reads ISO 8601 durations as whole minutes', () => {
    expect(fromJsonLd(movie({ duration: 'PT1H57M' })).value?.runtimes).toEqual([{ minutes: 117 }])
    expect(fromJsonLd(movie({ duration: 'PT142M' })).value?.runtimes).toEqual([{ minutes: 142 }])
  })

  it('reports a duration that is not ISO 8601 and leaves it out', () => {
    const result = fromJsonLd(movie({ duration: '2 hours' }))
    expect(result.value?.runtimes).toBeUndefined()
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'invalid-value', path: 'runtimes' }))
  })

  it('reads an aggregateRating with text numbers, wrapped in an array', () => {
    const result = fromJsonLd(
      movie({
        url: '/title/tt0089560/',
        aggregateRating: [{ ratingCount: 765394, bestRating: '10.0', worstRating: '1.0', ratingValue: '8.4' }],
      }),
    )
    expect(result.value?.ratings).toEqual([{ value: 8.4, best: 10, worst: 1, count: 765394, source: 'IMDb' }])
  })

  it('flags a rating off its own scale and leaves it out', () => {
    const result = fromJsonLd(movie({ aggregateRating: { ratingValue: 11, bestRating: 10 } }))
    expect(result.value?.ratings).toBeUndefined()
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'implausible-value', path: 'ratings' }))
  })

  it('reads a year-only datePublished as the year, not a release date', () => {
    const { value } = fromJsonLd(movie({ datePublished: '1985' }))
    expect(value?.year).toBe(1985)
    expect(value?.releaseDates).toBeUndefined()
  })

  it('keeps a description the source cut off, and flags it', () => {
    const result = fromJsonLd(movie({ description: 'A teenager and his mother soon realize...' }))
    expect(result.value?.logline).toBe('A teenager and his mother soon realize...')
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'truncated-text', path: 'logline' }))
  })

  it('reports an IMDb id in sameAs that differs from the one in url as a conflict', () => {
    const result = fromJsonLd(movie({ url: '/title/tt0089560/', sameAs: 'https://www.imdb.com/title/tt0089561/' }))
    expect(result.value?.ids).toEqual({ imdb: 'tt0089560' })
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'conflict', path: 'ids.imdb' }))
  })

  it('reports fields that are not schema.org Movie properties', () => {
    const result = fromJsonLd(movie({ EntryURL: 'https://example.org' }))
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'unknown-field', severity: 'warning' }))
  })

  it('gives the line and column of a message in the text', () => {
    const result = fromJsonLdText('{\n  "@type": "Movie",\n  "name": "Mask",\n  "duration": "soon"\n}')
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'invalid-value', line: 4, column: 15 }))
  })

  it('returns no film and an error when there is no Movie node', () => {
    const result = fromJsonLd({ '@type': 'Person', name: 'Cher' })
    expect(result.value).toBeUndefined()
    expect(result.messages).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'no-film' }))
  })

  it('returns no film and an error for a Movie without a name', () => {
    const result = fromJsonLd({ '@type': 'Movie', duration: 'PT1H' })
    expect(result.value).toBeUndefined()
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'missing-title' }))
  })

  it('reports broken JSON text with its place instead of throwing', () => {
    const result = fromJsonLdText('{ "@type": "Movie", }')
    expect(result.value).toBeUndefined()
    expect(result.messages[0]).toMatchObject({ rule: 'syntax-error', line: 1 })
  })

  it('throws when given something other than text', () => {
    expect(() => fromJsonLdText({} as string)).toThrow(/^Cannot read JSON-LD with `object` for `text`/)
  })
})
