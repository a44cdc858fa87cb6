import { describe, expect, it } from 'vitest'
import { _factKeywords } from '../../src/parse/_factKeywords.js'
import { _namedMatches } from '../../src/parse/_namedMatches.js'
import { _NAME } from '../../src/parse/_reviewNames.js'

const read = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => `${match.index}:${match[0]}`)

describe('_namedMatches', () => {
  it('gives the matches matchAll gives, trying the pattern only before each keyword', () => {
    const pattern = new RegExp(String.raw`(?<name>${_NAME})\s+as\s+(?<character>${_NAME})`, 'gu')
    const sticky = new RegExp(pattern.source, 'uy')
    const texts = [
      "Ryan O'Neal as Moses Pray, and Madeline Kahn as Trixie. But Cher as Rusty, Sam 'Big as Life' Elliott as Gar.",
      'The 𝐀lan Ωmega as 𝐁ob, with Élodie as Ann, and Tatum as as Addie',
      'Then, at last, Kahn, as Trixie, and one, two, Three as Four, Five as Six',
    ]
    for (const text of texts) {
      const found = read(_namedMatches(text, sticky, /\sas(?=\s)/y, _factKeywords(text).as))
      expect(found).toEqual(read(text.matchAll(pattern)))
      expect(found.length).toBeGreaterThan(1)
    }
  })

  it('also tries the pattern at the keyword when the name is optional', () => {
    const pattern = new RegExp(String.raw`(?:(?<director>${_NAME})'s\s+)?(?<year>19\d\d)\s+film`, 'gu')
    const text = "Peter Bogdanovich's 1973 film, and the 1971 film"
    const found = read(_namedMatches(text, new RegExp(pattern.source, 'uy'), /19(?=\d\d)/y, _factKeywords(text).years, { optional: true }))
    expect(found).toEqual(["0:Peter Bogdanovich's 1973 film", '39:1971 film'])
  })
})
