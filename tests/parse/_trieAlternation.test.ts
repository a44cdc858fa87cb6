import { describe, expect, it } from 'vitest'
import { _trieAlternation } from '../../src/parse/_trieAlternation.js'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const WORDS = [
  'niger', 'nigeria', 'guinea', 'guinea-bissau', 'equatorial guinea', 'us', 'u.s.', 'u.s.a.', 'usa',
  'united states', 'united kingdom', 'united arab emirates', 'korea', 'south korea', 'south africa',
  "côte d'ivoire", 'côte', 'österreich', 'st. lucia', 'trinidad & tobago', 'a', 'ab', 'abc',
]

/** Every match of a pattern built the way _findRegion builds it, as [index, text] pairs. */
function matches(alternation: string, text: string): [number, string][] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${alternation}(?![\\p{L}\\p{N}])|\\b[A-Z]{2,4}\\b`, 'giu')
  return [...text.matchAll(pattern)].map((match) => [match.index, match[0]])
}

describe('_trieAlternation', () => {
  const longestFirst = `(?:${[...WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})`
  const trie = _trieAlternation(WORDS, escape)

  it('matches what a longest-first alternation matches, in every case and context', () => {
    const texts = WORDS.flatMap((word) => [
      word, word.toUpperCase(), `${word[0]?.toUpperCase()}${word.slice(1)}`, `in ${word}.`, `(${word})`,
      `x${word}`, `${word}x`, `${word}-x`, `${word} ${word}`, `${word}s and ${word}`,
    ])
    texts.push('Nigerian films from Niger and Nigeria, the USA, the U.S.A. and the U.S., ABCD and abcde')
    for (const text of texts) expect(matches(trie, text), text).toEqual(matches(longestFirst, text))
  })

  it('shares prefixes, so each branch starts with its own character', () => {
    expect(_trieAlternation(['ab', 'abc', 'b'], escape)).toBe('(?:(?:ab(?:c|)|b))')
  })

  it('matches nothing for no words', () => {
    expect(new RegExp(_trieAlternation([], escape)).test('anything')).toBe(false)
  })
})
