#!/usr/bin/env node
// Writes a JSON Lines file of generated films, for measuring `reelmark validate` at scale.
// Usage: node scripts/generateFilms.mjs COUNT [OUT]   (default OUT: .bench/films-COUNT.jsonl)
// About one record in a thousand carries a problem, so positions are found for a few records.
import { createWriteStream, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

const count = Number(process.argv[2] ?? 300000)
const out = process.argv[3] ?? `.bench/films-${count}.jsonl`
mkdirSync(dirname(out), { recursive: true })
const stream = createWriteStream(out)
const genres = ['Drama', 'Comedy', 'Western', 'Thriller', 'Romance', 'Documentary']
const names = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dora Nagy', 'Emil Sato', 'Fay Morgan', 'Gus Lind']

for (let index = 0; index < count; index++) {
  const year = 1920 + (index % 100)
  const film = {
    title: `Film number ${index}`,
    year,
    ids: { imdb: `tt${String(1000000 + index).padStart(7, '0')}` },
    genres: [genres[index % genres.length], genres[(index + 2) % genres.length]],
    releaseDates: [{ date: `${year}-0${1 + (index % 9)}-1${index % 10}`, region: 'US' }],
    runtimes: [{ minutes: 80 + (index % 70) }],
    directors: [{ name: names[index % names.length] }],
    cast: names.slice(0, 4).map((name, at) => ({ name, character: `Role ${at}` })),
    budget: { amount: 1000000 + index, currency: 'USD' },
    ratings: [{ value: 5 + (index % 5), best: 10, worst: 1, count: 100 + index, source: 'IMDb' }],
  }
  if (index % 1000 === 999) film.year = String(year)
  const line = `${JSON.stringify(film)}\n`
  if (!stream.write(line)) await new Promise((resolve) => stream.once('drain', resolve))
}
stream.end()
