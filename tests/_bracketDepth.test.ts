import { describe, expect, it } from 'vitest'
import { _bracketDepth } from '../src/_bracketDepth.js'

describe('_bracketDepth', () => {
  it('gives the offset of the first square bracket past the limit', () => {
    expect(_bracketDepth('[a [b [c]]]', 2)).toBe(6)
    expect(_bracketDepth('[a] [b] [c]', 1)).toBe(-1)
  })

  it('does not count escaped brackets or stray closing ones', () => {
    expect(_bracketDepth('\\[\\[ ]]] [', 1)).toBe(-1)
  })
})
