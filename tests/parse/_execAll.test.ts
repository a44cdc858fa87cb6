import { describe, expect, it } from 'vitest'
import { _execAll } from '../../src/parse/_execAll.js'

describe('_execAll', () => {
  const read = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => `${match.index}:${match[0]}`)

  it('gives the matches matchAll gives, empty ones included', () => {
    for (const pattern of [/\d+/g, /x*/g, /(?:)/gu, /\p{Lu}?/gu]) {
      const text = 'a1 22 x𝐀x B 333'
      expect(read(_execAll(text, pattern))).toEqual(read(text.matchAll(pattern)))
    }
  })

  it('starts from the beginning even after a search left off midway', () => {
    const pattern = /\d/g
    for (const match of _execAll('1 2 3', pattern)) if (match[0] === '2') break
    expect(read(_execAll('4 5', pattern))).toEqual(['0:4', '2:5'])
  })
})
