import { describe, expect, it } from 'vitest'
import { _hasWord } from '../../src/parse/_hasWord.js'

describe('_hasWord', () => {
  it('finds a name only as a whole word', () => {
    expect(_hasWord('Kahn steals the scene.', 'Kahn')).toBe(true)
    expect(_hasWord('Kahnweiler steals the scene.', 'Kahn')).toBe(false)
    expect(_hasWord('a Kahn_2 scene', 'Kahn')).toBe(false)
    expect(_hasWord('Kahnweiler and then Kahn.', 'Kahn')).toBe(true)
  })

  it('answers as the pattern \\b(word)\\b does for every kind of edge', () => {
    const texts = ["Tatum O'Neal smokes", "O'Neals", "(O'Neal)", "'O'Neal'", 'x.Jr.y', 'Jr.', '', ' ', 'é O é']
    const words = ["O'Neal", "'O'Neal'", 'Jr.', '.Jr', 'O', 'é', ' ', '']
    for (const text of texts) {
      for (const word of words) {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        expect(_hasWord(text, word), `${word} in ${text}`).toBe(new RegExp(`\\b(?:${escaped})\\b`).test(text))
      }
    }
  })
})
