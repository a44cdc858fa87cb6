import { describe, expect, it } from 'vitest'
import { _gluedTail } from '../../src/parse/_gluedTail.js'

describe('_gluedTail', () => {
  it('cuts a glued word back to the surname the text uses elsewhere', () => {
    const text = 'Director Alan Tayloroffers little. Taylor keeps the pace up.'
    expect(_gluedTail('Alan Tayloroffers', text)).toBe('Alan Taylor')
  })

  it("leaves a name alone when the text never uses a shorter form, or uses the full one again", () => {
    expect(_gluedTail('Judy Garland', 'Judy Garland sings. It is grand.')).toBe('Judy Garland')
    expect(_gluedTail('Ann Rosenberg', 'Ann Rosenberg. Rose. Later, Rosenberg again.')).toBe('Ann Rosenberg')
    expect(_gluedTail('Ann Rosenberg', 'Ann Rosenberg directs.')).toBe('Ann Rosenberg')
    expect(_gluedTail('Brad Anderson', 'Brad Anderson directs. And then, and again.')).toBe('Brad Anderson')
  })

  it('takes a stem only where it stands as a word, not inside a longer one', () => {
    const text = 'Director Alan Tayloroffers little. Taylors, Taylorville and Tay Tayl come later.'
    expect(_gluedTail('Alan Tayloroffers', text)).toBe('Alan Tayl')
    expect(_gluedTail('Alan Tayloroffers', 'Alan Tayloroffers. Taylors and Taylorville.')).toBe('Alan Tayloroffers')
  })
})
