import { describe, expect, it } from 'vitest'
import { _factKeywords } from '../../src/parse/_factKeywords.js'

const every = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match.index)

describe('_factKeywords', () => {
  it('finds every keyword a search for it alone finds, where words touch or overlap', () => {
    const text = 'A critic wrote: Screenwriter Ann Crit, directedirects 202020 (as as) helms.\tas ( Written, scribes, Scripted'
    const found = _factKeywords(text)
    expect(found.as).toEqual(every(text, /\sas(?=\s)/g))
    expect(found.parens).toEqual(every(text, /\s\(/g))
    expect(found.years).toEqual(every(text, /(?:1[89]|20)(?=\d\d)/g))
    expect(found.directing).toEqual([...every(text, /irect/g).map((at) => at - 1), ...every(text, /helm/g)].sort((a, b) => a - b))
    expect(found.writing).toEqual([...every(text, /[Ww]rit/g), ...every(text, /cr[ie]/g).map((at) => at - 1)].sort((a, b) => a - b))
  })

  it('leaves out a place before the start of the text', () => {
    expect(_factKeywords('irect').directing).toEqual([])
    expect(_factKeywords('cribs').writing).toEqual([])
    expect(_factKeywords('scribe').writing).toEqual([0])
  })
})
