import { describe, expect, it } from 'vitest'
import { _decodePage } from '../../src/parse/_decodePage.js'

describe('_decodePage', () => {
  it('decodes by the charset a meta element names', () => {
    const bytes = Buffer.from('<meta charset="iso-8859-1"><p>Troy \u00a9 2004</p>', 'latin1')
    expect(_decodePage(bytes)).toContain('Troy © 2004')
  })

  it('reads UTF-8 without a declaration and skips its byte order mark', () => {
    expect(_decodePage(Buffer.from('\ufeffA remény rabjai', 'utf8'))).toBe('A remény rabjai')
  })

  it('falls back to Windows-1252 when undeclared bytes are not UTF-8', () => {
    expect(_decodePage(Buffer.from([0x41, 0x6d, 0xe9, 0x6c, 0x69, 0x65]))).toBe('Amélie')
  })
})
