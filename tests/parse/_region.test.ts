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

  it('finds a name only where no letter or digit comes before it, and capitals after any non-word character', () => {
    expect(_findRegion('in North America')).toEqual({ code: 'US', start: 3, end: 16 })
    expect(_findRegion('_France')).toEqual({ code: 'FR', start: 1, end: 7 })
    // Note: "é" is a letter, but no word character of `\b`; "ſ" and the Kelvin sign are both.
    expect(_findRegion('éUSA')).toEqual({ code: 'US', start: 1, end: 4 })
    for (const text of ['xUSA', '3France', 'ſUSA', '\u212aUSA', '\ud835\udc00France']) expect(_findRegion(text), text).toBeUndefined()
  })
})
