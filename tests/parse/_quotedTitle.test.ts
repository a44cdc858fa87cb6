import { describe, expect, it } from 'vitest'
import { _quotedTitle } from '../../src/parse/_quotedTitle.js'

describe('_quotedTitle', () => {
  it('takes the title-case quotation a review repeats most, keeping "!" and leaving out a comma inside the marks', () => {
    const text = 'A loud documentary named “Hype!” charts a scene. Unlike “Singles,” it stays close. “Hype!” is fun, and “Hype!” knows it.'
    expect(_quotedTitle(text)).toEqual({ title: 'Hype!', start: 26, count: 3 })
  })

  it('prefers a title that opens the review as the subject of its first sentence', () => {
    const text = '"The Lantern" is a miscalculation. Compared with "Omens" and "Omens" again, and "Omens" once more, it is thin.'
    expect(_quotedTitle(text)?.title).toBe('The Lantern')
  })

  it('reads numbers in a title as capitals: "The 40-Year-Old Virgin"', () => {
    expect(_quotedTitle('Here is "The 40-Year-Old Virgin" at last; "The 40-Year-Old Virgin" works.')?.title).toBe('The 40-Year-Old Virgin')
  })

  it('never takes speech, a nickname, scare quotes or a title quoted once in passing', () => {
    expect(_quotedTitle('"If you were any thinner," she says, "you would vanish." "If you were any thinner," again.')).toBeUndefined()
    expect(_quotedTitle('Gary Busey is Frank "Bulletproof" McBain, and Frank "Bulletproof" McBain shoots.')).toBeUndefined()
    expect(_quotedTitle('Murphy is a "Chosen One", the "Chosen One" of a "Chosen One" story.')).toBeUndefined()
    expect(_quotedTitle('It is nothing like "Back to the Future" at all.')).toBeUndefined()
  })
})
