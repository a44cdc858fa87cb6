import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { _wordCounter } from '../../src/parse/_wordCounter.js'

const PATTERNS = [
  /\b(?:takes place|is set|finds|turns out)\b/gi,
  /\b(?:friends?|actress(?:es)?|navigat\w+|colou?rs?)\b/gi,
  /\b(?:direct(?:s|ed|or|or's)?|mise-en-sc[eè]ne|don't miss|must-see|must see)\b/gi,
  /\b(?:score|see it|in the end)\b/gi,
  // Note: a pattern of another shape is searched whole.
  /\d+ minutes/g,
]

function expected(text: string): number[] {
  return [...PATTERNS.map((pattern) => text.match(pattern)?.length ?? 0), text.split(/\s+/).length]
}

describe('_wordCounter', () => {
  const count = _wordCounter(PATTERNS)

  it('counts as `match` and `split(/\\s+/)` do, in ASCII text and in text with other characters', () => {
    const texts = [
      'The film opens as the director finds his friends; it turns out she is set to direct. 90 minutes.',
      'Must-see, must see: the mise-en-scene, the colours, the actresses navigating a takes place.',
      "Don't miss it!  Directors\tdirected\n\nthe score, see it in the end",
      'The director’s friends find that the mise-en-scène turns out well.',
      'Die Regisseurin findet\u00a0Freunde: she finds\u2003friends\u3000and colors in the end.',
      'Schöne Farben, colour and score \ud83c\udfac see it: é finds é.',
      '  leading and trailing space  ',
      '',
      'directors',
      '\u00a0',
      'finds'.repeat(300) + ' finds '.repeat(300),
      'é finds '.repeat(400),
    ]
    for (const text of texts) expect([...count(text)], text).toEqual(expected(text))
  })

  it('gives the same counts for any text, read as ASCII bytes or as code units', () => {
    const piece = fc.constantFrom('finds', 'friend', 's', 'direct', 'or', "'", '’', 'see', 'must', '-', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', 'è', 'mise-en-sc', 'ne', 'colou', 'r', 'in the end', 'score', '9', '0 minutes', '_', '.', ',', 'actress', 'es', 'navigat')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('')
        expect([...count(text)]).toEqual(expected(text))
      }),
      { numRuns: 500 },
    )
  })
})
