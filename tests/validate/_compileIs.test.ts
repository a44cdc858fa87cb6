import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { FilmSchema } from '../../src/schemas/film.js'
import { _compileIs } from '../../src/validate/_compileIs.js'

const examples = [
  JSON.parse(readFileSync(new URL('../../examples/films/mask.json', import.meta.url), 'utf8')),
  ...JSON.parse(readFileSync(new URL('../../examples/films/bogdanovich-1970s.json', import.meta.url), 'utf8')).films,
]

const REPLACEMENTS: unknown[] = [null, '', ' padded', 'text', 0, -1, 1.5, 1e9, Number.NaN, true, [], {}, [1], { x: 1 }]

/** Every record one change away from `film`: each value replaced, removed, or given an unknown key. */
function mutations(film: unknown): unknown[] {
  const out: unknown[] = []
  const visit = (value: unknown, rebuild: (next: unknown) => unknown) => {
    for (const replacement of REPLACEMENTS) out.push(rebuild(replacement))
    if (Array.isArray(value)) {
      out.push(rebuild([]))
      value.forEach((item, index) => visit(item, (next) => rebuild(value.map((old, at) => (at === index ? next : old)))))
    } else if (value && typeof value === 'object') {
      out.push(rebuild({ ...value, unknownField: 1 }))
      for (const key of Object.keys(value)) {
        const { [key]: _, ...without } = value as Record<string, unknown>
        out.push(rebuild(without))
        visit((value as Record<string, unknown>)[key], (next) => rebuild({ ...value, [key]: next }))
      }
    }
  }
  visit(film, (next) => next)
  return out
}

describe('_compileIs', () => {
  const isFilm = _compileIs(FilmSchema)

  it('accepts the example films, as valibot does', () => {
    for (const film of examples) expect(isFilm(film)).toBe(true)
  })

  it('agrees with valibot on every record one change away from the examples', () => {
    const cases = examples.flatMap(mutations)
    expect(cases.length).toBeGreaterThan(1000)
    const disagreements = cases.filter((film) => isFilm(film) !== v.is(FilmSchema, film))
    expect(disagreements).toEqual([])
    // Note: both answers occur, so the agreement is not trivial.
    expect(cases.some((film) => isFilm(film))).toBe(true)
    expect(cases.some((film) => !isFilm(film))).toBe(true)
  })

  it('rejects a rating off its own scale and a date missing from the calendar', () => {
    const [film] = examples
    expect(isFilm({ ...film, ratings: [{ value: 11, best: 10, worst: 1 }] })).toBe(false)
    expect(isFilm({ ...film, releaseDates: [{ date: '1985-02-29' }] })).toBe(false)
    expect(isFilm({ ...film, releaseDates: [{ date: '1984-02-29' }] })).toBe(true)
  })
})

describe('_compileIs on plain data', () => {
  const isFilm = _compileIs(FilmSchema, { plainData: true })

  it('agrees with valibot on every record one change away from the examples', () => {
    const cases = examples.flatMap(mutations)
    const disagreements = cases.filter((film) => isFilm(film) !== v.is(FilmSchema, film))
    expect(disagreements).toEqual([])
    expect(cases.some((film) => isFilm(film))).toBe(true)
    expect(cases.some((film) => !isFilm(film))).toBe(true)
  })

  it('still looks up every key of an object that is not plain', () => {
    const [film] = examples
    const { title: _, ...rest } = film as Record<string, unknown>
    const withGetter = Object.assign(Object.create({ get title() { return 'Mask' } }) as object, rest)
    expect(v.is(FilmSchema, withGetter)).toBe(true)
    expect(isFilm(withGetter)).toBe(true)
  })
})

describe('_compileIs on plain data, text without surrounding spaces', () => {
  const isFilm = _compileIs(FilmSchema, { plainData: true })

  it('agrees with valibot on titles with every kind of space at either end', () => {
    const [film] = examples
    const spaces = [' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085']
    const titles = ['', 'a', 'é', '\ud800', 'a b', ...spaces, ...spaces.flatMap((space) => [`${space}a`, `a${space}`, `a${space}b`, `${space}${space}`])]
    for (const title of titles) expect([title, isFilm({ ...film, title })]).toEqual([title, v.is(FilmSchema, { ...film, title })])
  })
})
