import { describe, expect, it } from 'vitest'
import { _startFinder } from '../../src/parse/_startFinder.js'

describe('_startFinder', () => {
  const find = _startFinder([
    { characters: '0123456789½*★', words: ['one', 'two', 'ten'] },
    { characters: '', words: ['my', 'the'], i: true },
  ])
  // The searches it stands for, one per pattern.
  const searches = [/[0-9½*★]|\b(?:o(?=ne)|t(?=wo|en))/gi, /\b(?:m(?=y)|t(?=he)|i(?=['’\s]))/gi]
  const places = (text: string, search: RegExp) => [...text.matchAll(search)].map((match) => match.index)

  it('finds the places each pattern can begin, as a search per pattern does', () => {
    const texts = ["I'd give it Two stars, TEN of ten; my 3½ ★ the THEORY", 'xone 2one _ten i\u2028I’m iTwo', '', 'Ione MYthe 7/10 i']
    for (const text of texts) {
      expect(find(text)).toEqual(searches.map((search) => places(text, search)))
    }
  })

  it('finds both places where a character of one pattern stands just before a word of another', () => {
    // Note: the search takes the character before a word with the word's first letter.
    const text = '★one ½Two*ten ★★my x★the'
    expect(find(text)).toEqual(searches.map((search) => places(text, search)))
    expect(find('★one')).toEqual([[0, 1], []])
  })

  it('finds a place once for every pattern that can begin there', () => {
    expect(find('Ten then')).toEqual([[0], [4]])
  })

  it('passes over the characters that follow a word character where a pattern asks it to', () => {
    const digits = _startFinder([
      { characters: '0123456789', words: [], notAfterWord: true },
      { characters: '0123456789', words: [] },
    ])
    expect(digits('1973 x4 (7) 2.5')).toEqual([[0, 9, 12, 14], [0, 1, 2, 3, 6, 9, 12, 14]])
  })

  it('passes over the characters that follow a digit where a pattern asks it to', () => {
    const numbers = _startFinder([{ characters: '0123456789', words: [], notAfterDigit: true }])
    expect(numbers('1973 x4 (7) 2.5_6')).toEqual([[0, 6, 9, 12, 14, 16]])
  })
})
