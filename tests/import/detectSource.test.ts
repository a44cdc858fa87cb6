import { describe, expect, it } from 'vitest'
import { detectSource } from '../../src/import/detectSource.js'
import { fixture } from './_golden.js'

describe('detectSource', () => {
  it('tells each format from its shape', () => {
    expect(detectSource(fixture('omdb-mask.in.json'))).toBe('omdb')
    expect(detectSource(fixture('imdbapi-mask.in.json'))).toBe('imdbapi')
    expect(detectSource(fixture('tmdb-mask.in.json'))).toBe('tmdb')
    expect(detectSource(fixture('jsonld-mask.in.json'))).toBe('jsonld')
    expect(detectSource(fixture('wikipedia-mask.in.xml'))).toBe('wikipedia')
    expect(detectSource(fixture('wikipedia-spirited.in.txt'))).toBe('wikipedia')
  })

  it('tells parsed JSON values apart too', () => {
    expect(detectSource({ '@type': 'Movie', name: 'Mask' })).toBe('jsonld')
    expect(detectSource({ Title: 'Mask', imdbID: 'tt0089560' })).toBe('omdb')
    expect(detectSource({ title: 'Mask', original_title: 'Mask' })).toBe('tmdb')
  })

  it('gives undefined for anything else', () => {
    expect(detectSource({ title: 'Mask' })).toBeUndefined()
    expect(detectSource('Mask (1985)')).toBeUndefined()
    expect(detectSource('{ broken')).toBeUndefined()
  })
})
