import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseFilmPage, parseReview, renderAs, safeParseFilm, type Film } from '../../src/index.js'
import { runCli } from '../cli/_run.js'

// The two documents the project started from sit in ../shared beside a checkout (as in CI);
// they are read in place, never copied.
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const page = `${seeds}001_5308009d577d6288.txt`
const review = `${seeds}000_ab9e02ac157df71a.txt`
const missing = !existsSync(page) || !existsSync(review)
const reason = `the seed documents are not at ${seeds}`

describe.skipIf(missing)(`the seed documents (skipped when ${reason})`, () => {
  it('read the fact page field by field, with the title supplied', () => {
    const { value, messages } = parseFilmPage(readFileSync(page, 'utf8'), { title: 'Mask' })
    expect(value).toMatchObject({
      title: 'Mask',
      year: 1985,
      releaseDates: [{ date: '1985-03-08' }],
      ratings: [{ value: 7, best: 10, count: 12168 }],
      directors: [{ name: 'Peter Bogdanovich' }],
      stars: [{ name: 'Cher' }, { name: 'Eric Stoltz' }, { name: 'Sam Elliott' }],
      taglines: ['Sometimes the most unlikely people become heroes.'],
      filmingLocations: ['Azusa, California, USA'],
      grosses: [{ amount: 42400000, currency: 'USD', region: 'US' }],
      goofs: [{ category: 'anachronism' }],
      quotes: [{ lines: [{ character: 'Rocky Dennis', note: 'Poem' }] }],
      reviews: [{ title: 'Hard to Watch at Times, But a Very Good Film', rating: { value: 4.5, best: 5 } }],
    })
    expect(value?.cast).toHaveLength(15)
    expect(value?.cast).toContainEqual({ name: 'Kelly Jo Minter', character: 'Lorrie', creditedAs: 'Kelly Minter' })
    expect(value?.runtimes).toBeUndefined()
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'empty-value', severity: 'warning', line: 45 }))
    expect(safeParseFilm(value).success).toBe(true)
  })

  it('read the review as eleven paragraphs with no rating, and the facts it states', () => {
    const { value } = parseReview(readFileSync(review, 'utf8'))
    const [only] = value?.reviews ?? []
    expect(only?.rating).toBeUndefined()
    expect(only?.sections.flatMap((section) => section.paragraphs)).toHaveLength(11)
    expect(value).toMatchObject({
      title: 'Mask',
      year: 1985,
      directors: [{ name: 'Peter Bogdanovich' }],
      writers: [{ name: 'Anna Hamilton Phelan' }],
      budget: { amount: 8500000, currency: 'USD', qualifier: 'about' },
      grosses: [{ amount: 48000000, currency: 'USD', qualifier: 'over', region: 'US' }],
    })
    expect(value?.cast).toContainEqual(expect.objectContaining({ name: 'Sam Elliott', character: 'Gar' }))
    expect(value?.cast).toContainEqual(expect.objectContaining({ name: 'Cher' }))
  })

  it('merge into one film with the full cast, both reviews and a conflict about the gross', () => {
    const run = runCli(['parse', '--merge', page, review])
    expect(run.code).toBe(0)
    const film = JSON.parse(run.stdout) as Film
    expect(film.title).toBe('Mask')
    expect(film.cast).toHaveLength(15)
    expect(film.reviews).toHaveLength(2)
    expect(film.grosses?.map((gross) => gross.amount)).toEqual([42400000, 48000000])
    expect(run.stderr).toMatch(/warning: Sources disagree on the US gross: \$42,400,000.*\$48,000,000.*\[conflict\]/)
    expect(safeParseFilm(film).success).toBe(true)

    // The merged film renders to every output.
    const card = renderAs(film, 'card', { width: 60 }).text
    expect(card.trimEnd().split('\n').every((line) => [...line].length === 60)).toBe(true)
    expect(JSON.parse(renderAs(film, 'jsonld').text)).toMatchObject({ '@type': 'Movie', name: 'Mask' })
    expect(renderAs(film, 'markdown').text).toMatch(/^# Mask \(1985\)$/m)
    expect(renderAs(film, 'html').text).toMatch(/<script type="application\/ld\+json">/)
  })
})
