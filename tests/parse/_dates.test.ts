import { describe, expect, it } from 'vitest'
import { _findDate, _parseDate } from '../../src/parse/_dates.js'

describe('_parseDate', () => {
  it.each([
    ['8 March 1985', '1985-03-08'],
    ['8th March 1985', '1985-03-08'],
    ['March 8th, 1985', '1985-03-08'],
    ['Mar. 8, 1985', '1985-03-08'],
    ['1985-03-08', '1985-03-08'],
    ['March 1985', '1985-03'],
    ['1985', '1985'],
    ['8. März 1985', '1985-03-08'],
    ['1995. május 25.', '1995-05-25'],
    ['8.3.1985', '1985-03-08'],
    ['11/11/2016', '2016-11-11'],
    ['11/25/2016', '2016-11-25'],
    ['25/11/2016', '2016-11-25'],
  ])('reads "%s" as %s', (text, date) => {
    expect(_parseDate(text)).toBe(date)
  })

  it('reads no day or month from a slashed date whose order could be either', () => {
    expect(_parseDate('3/8/1985')).toBeUndefined()
    expect(_findDate('on 3/8/1985 or 8 March 1985')?.date).toBe('1985-03-08')
  })

  it('reads nothing from a date that does not exist or from more than a date', () => {
    expect(_parseDate('1985-02-30')).toBeUndefined()
    expect(_parseDate('8 March 1985 (USA)')).toBeUndefined()
    expect(_parseDate('soon')).toBeUndefined()
  })
})

describe('_findDate', () => {
  it('finds a date inside a line, with its span', () => {
    const text = 'Release Date: 14 May 2004 (USA)'
    const found = _findDate(text)
    expect(found?.date).toBe('2004-05-14')
    expect(text.slice(found!.start, found!.end)).toBe('14 May 2004')
  })

  it('takes the earliest date in the text', () => {
    expect(_findDate('from June 1990 to 3 July 1991')?.date).toBe('1990-06')
  })
})
