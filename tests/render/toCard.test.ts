import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { toCard, type Film } from '../../src/index.js'
import { expectGolden, FIXTURES, readFilm } from './_fixtures.js'

const lines = (card: string) => card.replace(/\n$/, '').split('\n')

describe('toCard', () => {
  it('draws every fixture film as its golden card, boxed and in ASCII', () => {
    for (const name of FIXTURES) {
      expectGolden(`${name}.card.txt`, toCard(readFilm(name)))
      expectGolden(`${name}.ascii-card.txt`, toCard(readFilm(name), { width: 40, ascii: true }))
    }
  })

  it('fits every line to exactly `width` display columns, wide characters counted twice', () => {
    let checked = 0
    for (const name of FIXTURES) {
      for (let width = 24; width <= 100; width++) {
        for (const ascii of [false, true]) {
          for (const line of lines(toCard(readFilm(name), { width, ascii }))) {
            expect(stringWidth(line), `${name} at ${width}: ${line}`).toBe(width)
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('counts CJK and emoji as two columns', () => {
    const card = toCard({ title: '悲情城市 🎬' }, { width: 24 })
    expect(lines(card)[1]).toBe('│ 悲情城市 🎬          │')
  })

  it('wraps between words, and cuts only a word wider than a line', () => {
    const card = toCard({ title: 'Mask', stars: [{ name: 'Cher' }, { name: 'Sam Elliott' }, { name: 'Eric Stoltz' }] }, { width: 30 })
    expect(lines(card).slice(3, 5)).toEqual(['│ Stars  Cher, Sam Elliott,  │', '│        Eric Stoltz         │'])
    const long = toCard({ title: 'Abcdefghijklmnopqrstuvwxyzabcdefg' }, { width: 24 })
    expect(lines(long).slice(1, 3)).toEqual(['│ Abcdefghijklmnopqrst │', '│ uvwxyzabcdefg        │'])
  })

  it('shows title, year, director, stars, runtime, rating, tagline and verdict', () => {
    const card = toCard(readFilm('rich'), { width: 72 })
    for (const part of ['Mask (1985)', 'Peter Bogdanovich', 'Cher, Sam Elliott, Eric Stoltz', '120 min', '7.2/10 (IMDb, 41,000 votes)', '“A true story about a boy who looked different.”', 'Verdict: See it.']) {
      expect(card).toContain(part)
    }
  })

  it('keeps escape sequences, line breaks and bidi overrides in the record from reaching the terminal', () => {
    const film: Film = { title: 'Evil\u001b[2J\u001b]0;owned\u0007 title\r\nsecond\u202eline', year: 2000 }
    const card = toCard(film, { width: 40 })
    expect(card).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    expect(lines(card)[1]).toBe('│ Evil [2J ]0;owned title secondline   │')
  })

  it('writes only printable ASCII with `ascii`', () => {
    for (const name of FIXTURES) {
      expect(toCard(readFilm(name), { ascii: true })).toMatch(/^[\x20-\x7e\n]+$/)
    }
    expect(lines(toCard({ title: 'Zoltán 悲 🎬' }, { width: 24, ascii: true }))[1]).toBe(`| ${'Zoltan ? ?'.padEnd(20)} |`)
  })

  it('throws on misuse, naming the option', () => {
    expect(() => toCard({ title: 'X' }, { width: 10 })).toThrow(
      'Cannot render a card with `10` for `options.width`, expected a whole number from 24 to 400.',
    )
    expect(() => toCard({ title: 'X' }, { ascii: 'yes' as never })).toThrow('for `options.ascii`')
  })
})
