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

/** Checks the places the counter gives as ones no match starts before. */
function expectStarts(text: string, starts: number[]): void {
  PATTERNS.forEach((pattern, index) => {
    const first = text.search(pattern)
    expect(starts[index], `${pattern} in ${text}`).toBeLessThanOrEqual(first === -1 ? text.length : first)
  })
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
      // Note: each walk here reads up to a character past ASCII, whose UTF-8 bytes must end it.
      'coloϧ friends and finds',
      'taŠ friends and finds',
      'mӭ friends and finds',
    ]
    for (const text of texts) {
      const counts = [...count(text)]
      expect(counts.slice(0, PATTERNS.length + 1), text).toEqual(expected(text))
      expectStarts(text, counts.slice(PATTERNS.length + 1))
    }
  })

  it('gives the first word that starts with a prefix as the place no match starts before', () => {
    const text = 'Directly, the director finds a must-see film; 3 minutes in, it finds more.'
    expect([...count(text)].slice(PATTERNS.length + 1)).toEqual([text.indexOf('finds'), text.length, 0, text.length, 0])
  })

  it('gives the same counts for any text, read as ASCII bytes or as code units', () => {
    const piece = fc.constantFrom('finds', 'friend', 's', 'direct', 'or', "'", '’', 'see', 'must', '-', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', 'è', 'ï', 'Ã', 'ü', '—', '“', 'ĉ', 'ŝ', '\u0100', '\u0800', '\u4e00', 'mise-en-sc', 'ne', 'colou', 'r', 'in the end', 'score', '9', '0 minutes', '_', '.', ',', 'actress', 'es', 'navigat')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('')
        const counts = [...count(text)]
        expect(counts.slice(0, PATTERNS.length + 1)).toEqual(expected(text))
        expectStarts(text, counts.slice(PATTERNS.length + 1))
      }),
      { numRuns: 500 },
    )
  })
})
