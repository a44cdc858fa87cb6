import { describe, expect, it } from 'vitest'
import { _factKeywords } from '../../src/parse/_factKeywords.js'
import { _namedMatches } from '../../src/parse/_namedMatches.js'
import { _NAME } from '../../src/parse/_reviewNames.js'

const read = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => `${match.index}:${match[0]}`)
const all = (search: (found: (match: RegExpExecArray) => void) => void) => {
  const matches: RegExpExecArray[] = []
  search((match) => {
    matches.push(match)
  })
  return read(matches)
}

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
      const found = all((found) => _namedMatches(text, sticky, 3, _factKeywords(text).as, {}, found))
      expect(found).toEqual(read(text.matchAll(pattern)))
      expect(found.length).toBeGreaterThan(1)
    }
  })

  it('also tries the pattern at the keyword when the name is optional', () => {
    const pattern = new RegExp(String.raw`(?:(?<director>${_NAME})'s\s+)?(?<year>19\d\d)\s+film`, 'gu')
    const text = "Peter Bogdanovich's 1973 film, and the 1971 film"
    const found = all((found) => _namedMatches(text, new RegExp(pattern.source, 'uy'), 2, _factKeywords(text).years, { optional: true }, found))
    expect(found).toEqual(["0:Peter Bogdanovich's 1973 film", '39:1971 film'])
  })

  it('takes the keyword at a place only where one of its words stands there', () => {
    const pattern = new RegExp(String.raw`(?<name>${_NAME}),?\s+(?:\p{Ll}+\s+){0,3}(?:directs|directed)\b`, 'gu')
    const text = 'Ann Lee, who then directs. Bo Ek directed, Cy Di redirects, Ed Fo Directs'
    const places = _factKeywords(text).directing
    const found = all((found) => _namedMatches(text, new RegExp(pattern.source, 'uy'), ['directs', 'directed'], places, { comma: true }, found))
    expect(found).toEqual(read(text.matchAll(pattern)))
    expect(found).toEqual(['0:Ann Lee, who then directs', '27:Bo Ek directed'])
  })

  it('stops at the match the caller stops at', () => {
    const text = 'Ann as Bo, Cy as Di, Ed as Fay'
    const seen: string[] = []
    _namedMatches(text, /(?<name>\p{Lu}\p{Ll}+) as (?<role>\p{Lu}\p{Ll}+)/uy, 3, _factKeywords(text).as, {}, (match) => {
      seen.push(match[0])
      return seen.length === 2
    })
    expect(seen).toEqual(['Ann as Bo', 'Cy as Di'])
  })
})
