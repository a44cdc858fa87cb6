import { describe, expect, it } from 'vitest'
import type { ValidateConfig } from '../../src/validate/validateConfig.js'
import { validateFilms } from '../../src/validate/validateFilms.js'

const today = '2024-06-01'

describe('validateFilms', () => {
  it('passes valid films without issues', () => {
    expect(validateFilms([{ title: 'Mask', year: 1985 }], { today })).toEqual({ valid: true, records: 1, issues: [] })
  })

  it('reports schema issues with the record number, path and pointer', () => {
    const report = validateFilms([{ title: 'Mask' }, { year: 1973 }], { today })
    expect(report.valid).toBe(false)
    expect(report.issues).toEqual([
      { severity: 'error', rule: 'missing-title', message: 'Missing required field "title".', path: 'title', pointer: '/1/title', record: 2 },
    ])
  })

  it('finds duplicates by IMDb id, or by title and year, once per record', () => {
    const report = validateFilms(
      [
        { title: 'Mask', year: 1985, ids: { imdb: 'tt0089560' } },
        { title: 'MASK', year: 1985 },
        { title: 'Mask (1985)', ids: { imdb: 'tt0089560' } },
        { title: 'Mask', year: 2004 },
      ],
      { today },
    )
    expect(report.issues.map((i) => [i.record, i.rule, i.path])).toEqual([
      [2, 'duplicate-film', 'title'],
      [3, 'duplicate-film', 'ids.imdb'],
    ])
    expect(report.issues[1]?.message).toBe('This film has the IMDb id tt0089560, as record 1 does.')
  })

  it('applies each lint rule at its own path', () => {
    const film = {
      title: 'Mask',
      year: 1984,
      releaseDates: [{ date: '1985-03-08' }, { date: '2030-01' }],
      runtimes: [{ minutes: 700 }],
      cast: [{ name: 'Cher' }, { name: 'cher' }],
      grosses: [
        { amount: 1, currency: 'USD', region: 'US' },
        { amount: 2, currency: 'USD', region: 'US' },
        { amount: 3, currency: 'USD', region: 'US', scope: 'worldwide' },
      ],
    }
    const report = validateFilms([film], { today })
    expect(report.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([
      ['release-in-future', 'warning', 'releaseDates.1.date'],
      ['year-mismatch', 'warning', 'year'],
      ['conflicting-grosses', 'warning', 'grosses.1.amount'],
      ['duplicate-cast', 'warning', 'cast.1.name'],
      ['implausible-runtime', 'warning', 'runtimes.0.minutes'],
    ])
    expect(report.valid).toBe(true)
  })

  it('counts a partial release date as future only past its own precision', () => {
    const dates = ['2024', '2024-06', '2024-06-02'].map((date) => ({ title: date, releaseDates: [{ date }] }))
    expect(validateFilms(dates, { today }).issues.map((i) => i.record)).toEqual([3])
  })

  it('lets the configuration make a warning an error, or turn a rule off', () => {
    const film = { title: 'Mask', ratings: [{ value: 11, best: 10, worst: 1 }], runtimes: [{ minutes: 2 }] }
    const config: ValidateConfig = { rules: { 'rating-off-scale': 'warning', 'implausible-runtime': ['error', { min: 5 }] } }
    const report = validateFilms([film], { today, config })
    expect(report.issues.map((i) => [i.rule, i.severity])).toEqual([
      ['rating-off-scale', 'warning'],
      ['implausible-runtime', 'error'],
    ])
    expect(validateFilms([film], { today, config: { rules: { 'rating-off-scale': 'off' } } }).issues).toEqual([])
  })

  it('throws on misuse, naming the option', () => {
    expect(() => validateFilms(42 as never)).toThrow('Cannot validate films with `42` for `films`, expected an iterable of records.')
    expect(() => validateFilms([], { config: { rules: { 'no-such-rule': 'error' } } as never })).toThrow(
      'Cannot validate films with `rules.no-such-rule` for `options.config`',
    )
  })
})
