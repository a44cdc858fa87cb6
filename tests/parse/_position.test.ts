import { describe, expect, it } from 'vitest'
import { _positions } from '../../src/parse/_position.js'

describe('_positions', () => {
  const at = _positions('ab\ncd\n\nef')

  it('turns offsets into 1-based lines and columns', () => {
    expect(at(0)).toEqual({ line: 1, column: 1 })
    expect(at(3)).toEqual({ line: 2, column: 1 })
    expect(at(4)).toEqual({ line: 2, column: 2 })
    expect(at(7)).toEqual({ line: 4, column: 1 })
  })

  it('clamps offsets outside the text', () => {
    expect(at(-5)).toEqual({ line: 1, column: 1 })
    expect(at(100)).toEqual({ line: 4, column: 3 })
  })
})
