import { describe, expect, it } from 'vitest'
import { fromWikipedia } from '../../src/import/fromWikipedia.js'
import { fixture, golden } from './_golden.js'

const infobox = (lines: string) => `{{Infobox film\n| name = Mask\n${lines}\n}}`

describe('fromWikipedia', () => {
  it('reads the infobox of an export XML page (golden)', () => {
    golden('wikipedia-mask', fromWikipedia(fixture('wikipedia-mask.in.xml')))
  })

  it('reads the infobox of plain wikitext, money in yen and conversions left out (golden)', () => {
    golden('wikipedia-spirited', fromWikipedia(fixture('wikipedia-spirited.in.txt')))
  })

  it('reads {{Film date}} with places as regions or notes', () => {
    const { value } = fromWikipedia(infobox('| released = {{Film date|1992|10|09|world premiere{{fact|date=May 2017}}|1993|02|19|United States}}'))
    expect(value?.releaseDates).toEqual([
      { date: '1992-10-09', note: 'world premiere' },
      { date: '1993-02-19', region: 'US' },
    ])
    expect(value?.year).toBe(1992)
  })

  it('reads "$1.9 million", "US$28.3 million" and "¥30.4 billion" as money', () => {
    const read = (budget: string) => fromWikipedia(infobox(`| budget = ${budget}`)).value?.budget
    expect(read('$1.9 million<ref>{{cite web|title=x}}</ref>')).toEqual({ amount: 1900000, currency: 'USD' })
    expect(read('US$28.3 million')).toEqual({ amount: 28300000, currency: 'USD' })
    expect(read('[[Japanese yen|¥]]30.4 billion')).toEqual({ amount: 30400000000, currency: 'JPY' })
  })

  it('reads {{ubl}} lists and [[link|label]] names', () => {
    const { value } = fromWikipedia(infobox('| starring = {{ubl|[[Meena (actress)|Meena]]|[[Ramki]]}}'))
    expect(value?.stars).toEqual([{ name: 'Meena' }, { name: 'Ramki' }])
  })

  it('reports infobox parameters it does not know', () => {
    const { messages } = fromWikipedia(infobox('| rating = PG-13'))
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'unknown-field', line: 3, column: 12 }))
  })

  it('reports broken XML with its place instead of throwing', () => {
    const { value, messages } = fromWikipedia('<page>\n<title>Mask</title>\n<text>{{Infobox film}}</txt></page>')
    expect(value).toBeUndefined()
    expect(messages[0]).toMatchObject({ severity: 'error', rule: 'syntax-error', line: 3 })
  })

  it('returns no film for an article without an infobox', () => {
    const { value, messages } = fromWikipedia("'''Mask''' is a 1985 film.")
    expect(value).toBeUndefined()
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'no-film' }))
  })
})
