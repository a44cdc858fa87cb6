import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './_run.js'

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url))
const page = fixture('cli/paper-moon-page.txt')
const review = fixture('parse/review-plain.txt')

describe('reelmark parse with reviews and --merge', () => {
  it('reads a free-text review with parseReview', () => {
    const run = runCli(['parse', review])
    expect(run.code).toBe(0)
    const film = JSON.parse(run.stdout)
    expect(film.title).toBe('Paper Moon')
    expect(film.reviews[0].rating).toEqual({ value: 4.5, best: 5, text: '4.5 out of 5 stars' })
  })

  it('makes one film of a fact page and its review', () => {
    const run = runCli(['parse', '--merge', page, review])
    expect(run.code).toBe(0)
    const film = JSON.parse(run.stdout)
    expect(film.title).toBe('Paper Moon')
    expect(film.cast.map((credit: { name: string }) => credit.name)).toEqual([
      "Ryan O'Neal", "Tatum O'Neal", 'Madeline Kahn', 'John Hillerman',
    ])
    expect(film.reviews).toHaveLength(1)
    expect(film.writers).toEqual([{ name: 'Alvin Sargent' }])
  })

  it('prints a conflict warning naming both values and their files', () => {
    const other = fixture('cli/paper-moon-gross.txt')
    const run = runCli(['parse', '--merge', page, other])
    expect(run.stderr).toContain(
      `${page}:1:1: warning: Sources disagree on the US gross: $30,933,743 (US) (${page}) and about $45,000,000 (US) (${other}); kept both. [conflict]`,
    )
  })
})
