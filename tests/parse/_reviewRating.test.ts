import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { _findRatings, _LETTER_GRADES, _ratingNumber } from '../../src/parse/_reviewRating.js'
import { expectGolden } from '../_golden.js'

const fixture = new URL('../fixtures/parse/ratings.txt', import.meta.url)
const cases = readFileSync(fixture, 'utf8').split(/\n---\n/).map((text) => text.replace(/\n$/, ''))
const first = (text: string) => _findRatings(text)[0]?.rating

describe('_findRatings', () => {
  it('matches the golden file for every rating form and every trap', () => {
    const results = cases.map((text) => {
      const [rating, ...others] = _findRatings(text)
      return { text, rating: rating?.rating ?? null, others: others.map((other) => other.rating.text) }
    })
    expectGolden(new URL('../fixtures/parse/ratings.json', import.meta.url), results)
  })

  it('reads "4.5 out of 5 stars" as 4.5 of 5', () => {
    expect(first('Lovely. 4.5 out of 5 stars.')).toEqual({ value: 4.5, best: 5, text: '4.5 out of 5 stars' })
  })

  it('reads "***1/2 out of ****" as 3.5 of 4', () => {
    expect(first('Fine. ***1/2 out of ****')).toMatchObject({ value: 3.5, best: 4 })
  })

  it('leaves `best` out when the scale is not stated', () => {
    expect(first('Pretty good. 3 1/2 stars.')).toEqual({ value: 3.5, text: '3 1/2 stars' })
    expect(first('Verdict: ★★★½')).toEqual({ value: 3.5, text: '★★★½' })
  })

  it('maps letter grades onto the documented 0 to 12 scale', () => {
    expect(first('Grade: C-')).toEqual({ value: 4, best: 12, worst: 0, text: 'Grade: C-' })
    expect(_LETTER_GRADES['A+']).toBe(12)
    expect(_LETTER_GRADES.F).toBe(0)
  })

  it('reads "two thumbs up" as 2 of 2', () => {
    expect(first('Two thumbs up!')).toMatchObject({ value: 2, best: 2, worst: 0 })
  })

  it('keeps every rating it finds, in text order', () => {
    const found = _findRatings('8/10 (or four stars out of five).')
    expect(found.map((match) => match.rating.text)).toEqual(['8/10', 'four stars out of five'])
  })

  it.each([
    ['Ebert gave it 3 stars.'],
    ['The IMDb rating is 6.7/10.'],
    ['It runs 2 1/2 hours.'],
    ['I saw it on 9/5/02.'],
    ['About 3/5 of the way in, it stops.'],
    ['99 out of 100 times it works.'],
    ['The two stars of the film never meet.'],
    ['A grade B movie, proudly.'],
  ])('finds no rating in %j', (text) => {
    expect(_findRatings(text)).toEqual([])
  })
})

describe('_ratingNumber', () => {
  it('reads digits, halves, words and star glyphs', () => {
    expect(_ratingNumber('3 1/2')).toBe(3.5)
    expect(_ratingNumber('three and a half')).toBe(3.5)
    expect(_ratingNumber('**½')).toBe(2.5)
    expect(_ratingNumber('7,5')).toBe(7.5)
    expect(_ratingNumber('lots')).toBeUndefined()
  })
})
