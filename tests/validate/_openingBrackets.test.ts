import { describe, expect, it } from 'vitest'
import { _openingBrackets } from '../../src/validate/_openingBrackets.js'

describe('_openingBrackets', () => {
  it('counts every [ and { of a range, strings included, at any alignment', () => {
    const text = '{"a":[1,{"b":"[{"}],"c":[[]]}  x{'
    const buffer = Buffer.from(text.repeat(3))
    for (let start = 0; start < text.length; start++) {
      for (let end = start; end <= buffer.length; end += 5) {
        const exact = [...text.repeat(3).slice(start, end)].filter((character) => character === '[' || character === '{').length
        expect(_openingBrackets(buffer, start, end)).toBeGreaterThanOrEqual(exact)
      }
    }
  })

  it('counts nothing in text without [ or {, even bytes one bit away from them', () => {
    expect(_openingBrackets(Buffer.from('azAZ;:<>]}é'.repeat(10)), 0, 120)).toBe(0)
  })

  it('reads a buffer that does not start at a word boundary of its memory', () => {
    const buffer = Buffer.from('x[[{{a{[[').subarray(1)
    expect(_openingBrackets(buffer, 0, buffer.length)).toBeGreaterThanOrEqual(7)
  })
})
