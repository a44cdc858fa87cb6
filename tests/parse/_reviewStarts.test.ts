import { describe, expect, it } from 'vitest'
import { _awardWords } from '../../src/parse/_reviewAwards.js'
import { _reviewStarts } from '../../src/parse/_reviewStarts.js'

describe('_reviewStarts', () => {
  it('finds award words where words start, in any case', () => {
    const text = 'It won an Academy Award, two OSCARS and a César; the Roscar is no award.'
    expect(_reviewStarts(text).awardWords).toEqual([text.indexOf('Academy'), text.indexOf('OSCARS'), text.indexOf('César')])
    // Note: the search of its own also finds "oscar" inside "Roscar", which names no award.
    expect(_awardWords(text)).toContain(text.indexOf('oscar'))
  })

  it('leaves the award words to their own search where "golden bear" may stand inside a word', () => {
    expect(_reviewStarts('It took the xgolden bear.').awardWords).toBeUndefined()
  })

  it('finds where numbers start: every digit after no digit', () => {
    const text = '1973, $2.5 million, x4 and 30 000'
    expect(_reviewStarts(text).numberStarts).toEqual([0, 7, 9, 21, 27, 30])
  })
})
