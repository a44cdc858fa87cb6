import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli/_run.js'

// The README's first command runs exactly these on the bundled examples.
const root = fileURLToPath(new URL('..', import.meta.url))

describe('examples', () => {
  it('hold datasets that validate cleanly', () => {
    const run = runCli(['validate', 'examples/films', 'examples/datasets'], { cwd: root })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^\d+ files, \d+ records: no problems\n$/)
  })

  it('hold a fact page and a review that merge into one film', () => {
    const run = runCli(['parse', '--merge', 'examples/pages/paper-moon.txt', 'examples/reviews/paper-moon.md'], { cwd: root })
    expect(run.code).toBe(0)
    const film = JSON.parse(run.stdout)
    expect(film).toMatchObject({
      title: 'Paper Moon',
      year: 1973,
      directors: [{ name: 'Peter Bogdanovich' }],
      runtimes: [{ minutes: 102 }],
      releaseDates: [{ date: '1973-05-09', region: 'US' }],
    })
    expect(film.cast.map((credit: { name: string }) => credit.name)).toEqual([
      "Ryan O'Neal",
      "Tatum O'Neal",
      'Madeline Kahn',
      'John Hillerman',
      'P.J. Johnson',
    ])
    expect(film.reviews).toHaveLength(1)
    expect(film.reviews[0].rating).toEqual({ value: 4, best: 5, text: '4 out of 5 stars' })
    expect(film.reviews[0].sections.map((section: { kind: string }) => section.kind)).toContain('verdict')
  })
})
