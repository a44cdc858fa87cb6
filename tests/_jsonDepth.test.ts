import { describe, expect, it } from 'vitest'
import { _jsonDepth } from '../src/_jsonDepth.js'

describe('_jsonDepth', () => {
  it('gives the offset of the first bracket past the limit', () => {
    expect(_jsonDepth('[[[]]]', 2)).toBe(2)
    expect(_jsonDepth('{"a":[1]}', 2)).toBe(-1)
  })

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(_jsonDepth('["[[[[", "\\"[[["]', 1)).toBe(-1)
  })

  it('stops at the limit in a text of 10,000,000 brackets', () => {
    expect(_jsonDepth('['.repeat(10_000_000), 64)).toBe(64)
  })
})
