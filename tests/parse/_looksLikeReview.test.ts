import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { _looksLikeReview } from '../../src/parse/_looksLikeReview.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url), 'utf8')

describe('_looksLikeReview', () => {
  it.each(['review-plain.txt', 'review-markdown.txt', 'review-unbroken.txt'])('takes %s for a review', (name) => {
    expect(_looksLikeReview(fixture(name))).toBe(true)
  })

  it('takes a page of labelled facts for a fact page', () => {
    const page = 'Paper Moon\n\nRelease Year: 1973\n\nDirector: Peter Bogdanovich\n\nStars: Ryan O\'Neal, Tatum O\'Neal\n\nGross: $30,933,743 (USA)\n'
    expect(_looksLikeReview(page)).toBe(false)
  })

  it('takes JSON and HTML for data, not reviews', () => {
    expect(_looksLikeReview('{ "title": "Paper Moon" }')).toBe(false)
    expect(_looksLikeReview('<!DOCTYPE html><html><body>Paper Moon</body></html>')).toBe(false)
  })
})
