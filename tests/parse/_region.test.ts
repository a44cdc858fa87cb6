import { describe, expect, it } from 'vitest'
import { _findRegion, _regionCode } from '../../src/parse/_region.js'

describe('_regionCode', () => {
  it.each([
    ['USA', 'US'],
    ['(USA)', 'US'],
    ['U.S.', 'US'],
    ['UK', 'GB'],
    ['domestically', 'US'],
    ['United Kingdom', 'GB'],
    ['West Germany', 'DE'],
    ['Soviet Union', 'SU'],
    ['Hungary', 'HU'],
    ['Magyarország', 'HU'],
    ['Deutschland', 'DE'],
    ['Turkey', 'TR'],
    ['the Netherlands', 'NL'],
    ['French', 'FR'],
    ['DE', 'DE'],
  ])('reads "%s" as %s', (text, code) => {
    expect(_regionCode(text)).toBe(code)
  })

  it('reads no region from words that are not one', () => {
    expect(_regionCode('in')).toBeUndefined()
    expect(_regionCode('director\'s cut')).toBeUndefined()
    expect(_regionCode('')).toBeUndefined()
  })
})

describe('_findRegion', () => {
  it('finds "(USA)" after an amount, with its span', () => {
    expect(_findRegion('$42,400,000 (USA)')).toEqual({ code: 'US', start: 13, end: 16 })
  })

  it('finds a country name inside a sentence', () => {
    expect(_findRegion('25 May 1995 (Hungary)')?.code).toBe('HU')
    expect(_findRegion('the gross in the UK')?.code).toBe('GB')
  })

  it('takes a bare two-letter code only in parentheses or before a colon', () => {
    expect(_findRegion('146 min (TV version)')).toBeUndefined()
    expect(_findRegion('163 min (DE)')?.code).toBe('DE')
  })
})
