import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { _findMoney, _readNumber } from '../../src/parse/_money.js'
import { _moneyNumbers } from '../../src/parse/_moneyNumbers.js'

describe('_findMoney', () => {
  it.each([
    ['$42,400,000', { amount: 42_400_000, currency: 'USD' }],
    ['$8.5 million', { amount: 8_500_000, currency: 'USD' }],
    ['€3,5 Mio.', { amount: 3_500_000, currency: 'EUR' }],
    ['£1.2m', { amount: 1_200_000, currency: 'GBP' }],
    ['¥30.4 billion', { amount: 30_400_000_000, currency: 'JPY' }],
    ['EUR 2.000.000', { amount: 2_000_000, currency: 'EUR' }],
    ['DEM 10,000,000', { amount: 10_000_000, currency: 'DEM' }],
    ['30 million yen', { amount: 30_000_000, currency: 'JPY' }],
    ['1 200 000 Ft', { amount: 1_200_000, currency: 'HUF' }],
    ['₹300 crore', { amount: 3_000_000_000, currency: 'INR' }],
    ['CA$12,000', { amount: 12_000, currency: 'CAD' }],
  ])('reads "%s" in its own currency', (text, money) => {
    expect(_findMoney(text)?.money).toEqual(money)
  })

  it.each([
    ['around $8.5 million', 'about'],
    ['about £2m', 'about'],
    ['more than $48 million', 'over'],
    ['over €1,000,000', 'over'],
    ['under $5 million', 'under'],
    ['less than ¥900 million', 'under'],
  ])('keeps the qualifier of "%s"', (text, qualifier) => {
    expect(_findMoney(text)).toMatchObject({ money: { qualifier }, start: 0, end: text.length })
  })

  it('reads "(estimated)" after a budget as "about" and spans it', () => {
    const text = 'Budget: $175,000,000 (estimated) more'
    const found = _findMoney(text)
    expect(found?.money).toEqual({ amount: 175_000_000, currency: 'USD', qualifier: 'about' })
    expect(text.slice(found!.start, found!.end)).toBe('$175,000,000 (estimated)')
  })

  it('gives the span of the amount inside a longer text', () => {
    const text = 'Gross: $42,400,000 (USA)'
    const found = _findMoney(text)
    expect(text.slice(found!.start, found!.end)).toBe('$42,400,000')
  })

  it('searches from a given offset', () => {
    expect(_findMoney('$1 and $2', 2)?.money.amount).toBe(2)
  })

  it('finds no money in plain numbers, years or lower-case words that spell codes', () => {
    expect(_findMoney('a 1985 film of 93 minutes')).toBeUndefined()
    expect(_findMoney('all 5 films, top 10')).toBeUndefined()
  })
})

describe('_moneyNumbers', () => {
  it('gives the numbers with a currency beside them', () => {
    const text = 'Made on a budget of about $2.5 million, it grossed 30 million yen, 1 200 000 Ft and EUR 5.'
    expect(_moneyNumbers(text).map((at) => text.slice(at, at + 3))).toEqual(['2.5', '30 ', '1 2', '200', '000', '5.'])
  })

  it('passes over years, ratings and counts', () => {
    expect(_moneyNumbers("Bogdanovich's 1973 film (1971) is 4.5 out of 5 stars, 93 minutes long.")).toEqual([])
  })

  it('keeps a number whose marker folds into one ("zł", the Kelvin sign)', () => {
    expect(_moneyNumbers('5 zł')).toEqual([0])
    expect(_moneyNumbers('5 \u212Aroner')).toEqual([0])
    expect(_moneyNumbers('5 mill. \u212Aroner')).toEqual([0])
  })

  it('holds the number of every amount _findMoney finds', () => {
    const pieces = ['US$', 'USD$', 'CA$', '$', '€', '¥', 'Rs.', 'Rs', 'zł', 'Kč', 'Ft', 'Fr.', 'Lit.', 'Ptas', 'RMB', 'EUR', 'usd', 'Try', 'ALL',
      'dollars', 'US Dollars', 'yen', 'złoty', 'swiss francs', '\u212Aroner', 'million', 'mln.', 'Mio.', 'millió', 'k', 'bn', ' ', ' ', '\t', '\u00a0',
      '\u202f', '\n', '5', '42', '1973', '2.5', '3,5', '42,400,000', '1 234', "1'000", '.', ',', '(', 'about ', 'over ', 'a', 'Z', 'ł', 'é', '(estimated)']
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(30), (text, from) => {
        const numbers = _moneyNumbers(text)
        for (let found = _findMoney(text, from); found; found = _findMoney(text, found.end)) {
          expect(numbers.some((at) => found!.start <= at && at < found!.end)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })
})

describe('_readNumber', () => {
  it.each([
    ['42,400,000', 42_400_000],
    ['42.400.000', 42_400_000],
    ['3,5', 3.5],
    ['8.5', 8.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['2\u00a0181\u00a0187', 2_181_187],
  ])('reads "%s" as %d', (text, value) => {
    expect(_readNumber(text)).toBe(value)
  })
})
