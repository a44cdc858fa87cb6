import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { _cleanName, _isPlainName } from '../../src/parse/_reviewNames.js'

// What `_isPlainName` stands for: two searches.
function plainBySearch(name: string): boolean {
  return /^[^\s’]+(?: [^\s’]+)*$/.test(name) && !/'s\b|[.,;:]$/.test(name)
}

describe('_isPlainName', () => {
  it('tells plain names as the two searches do', () => {
    const names = ['Peter Bogdanovich', "Ryan O'Neal", "Bogdanovich's", "O's_", "O'sx", 'Jr.', 'A  B', ' A', 'A ', 'A\tB', 'A\u00a0B', 'A’s', 'A\u2028B', 'Kahn,', 'Kahn;', '', 'Cher']
    for (const name of names) expect(_isPlainName(name), JSON.stringify(name)).toBe(plainBySearch(name))
  })

  it('agrees with the searches on any text made of the characters that matter', () => {
    const piece = fc.constantFrom('A', 'b', "'", 's', 'S', '_', '1', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '’', '.', ',', ';', ':', 'é', '\ufeff', '-')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const name = pieces.join('')
        expect(_isPlainName(name)).toBe(plainBySearch(name))
      }),
      { numRuns: 20000 },
    )
  })

  it('leaves a plain name as it is and cleans the others', () => {
    expect(_cleanName('Peter Bogdanovich')).toBe('Peter Bogdanovich')
    expect(_cleanName("Gillian Robespierre's")).toBe('Gillian Robespierre')
    expect(_cleanName('The Peter Bogdanovich')).toBe('Peter Bogdanovich')
  })
})
