import { describe, expect, it } from 'vitest'
import { _findMoney, _readNumber } from '../../src/parse/_money.js'

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
