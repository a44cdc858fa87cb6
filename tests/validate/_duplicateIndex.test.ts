import { describe, expect, it } from 'vitest'
import { _DuplicateIndex } from '../../src/validate/_duplicateIndex.js'

describe('_DuplicateIndex', () => {
  it('gives back the file and record where each key was first seen, across files and growth', () => {
    const index = new _DuplicateIndex()
    const files = [3000, 1, 2500, 7]
    files.forEach((count, file) => {
      for (let record = 1; record <= count; record++) expect(index.add(`${file}:${record}`, file, record)).toBeUndefined()
    })
    files.forEach((count, file) => {
      for (const record of [1, count, Math.ceil(count / 2)]) {
        expect(index.add(`${file}:${record}`, 9, 1)).toEqual({ file, record })
      }
    })
  })

  it('keeps record 0 and records out of order within a file apart', () => {
    const index = new _DuplicateIndex()
    index.add('a', 0, 5)
    index.add('b', 0, 0)
    index.add('c', 1, 2)
    index.add('d', 0, 1)
    expect(index.add('a', 2, 1)).toEqual({ file: 0, record: 5 })
    expect(index.add('b', 2, 1)).toEqual({ file: 0, record: 0 })
    expect(index.add('c', 2, 1)).toEqual({ file: 1, record: 2 })
    expect(index.add('d', 2, 1)).toEqual({ file: 0, record: 1 })
  })

  it('adds a title and year as the key `title.trim().toLowerCase()`, NUL, year, whatever the title holds', () => {
    const titles = ['Mask', 'MASK', ' mask ', 'Mask\t', 'Amélie', 'AMÉLIE', 'İstanbul', '\u00a0Mask', '', ' ', 'Z[@`{', 'Mask\u0000']
    const years = [1994, 0, -0, 7, 10, 999_999_999, 1_000_000_000, -5, 2.5, 1e21]
    const index = new _DuplicateIndex()
    titles.forEach((title, at) => years.forEach((year) => index.add(`${title.trim().toLowerCase()}\u0000${year}`, 0, at)))
    titles.forEach((title, at) => {
      for (const year of years) {
        const first = titles.findIndex((other) => other.trim().toLowerCase() === title.trim().toLowerCase())
        expect(index.addTitle(title, year, 1, at)).toEqual({ file: 0, record: first })
      }
    })
    expect(index.addTitle('Mask', 1995, 1, 99)).toBeUndefined()
  })
})
