// Measures parseReview on a review corpus. Run `npm run build` first, then:
//   node scripts/measureReviews.mjs CORPUS_DIR [--list]
// CORPUS_DIR holds imdb-user-reviews/ (POLARITY_ID_VOTE.txt, VOTE the reviewer's 1-10 vote) and
// ebert-critic-reviews/ (one line per review). Prints the share of reviews that get a rating,
// how many of those lie within one star of the vote, and the section kinds found.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseReview } from '../dist/index.js'

const [corpus, ...flags] = process.argv.slice(2)
if (!corpus) {
  console.error('usage: node scripts/measureReviews.mjs CORPUS_DIR [--list]')
  process.exit(2)
}
const list = flags.includes('--list')

/** A rating on the 1-10 scale of an IMDb vote, or undefined when the scale is not stated. */
function onTen({ value, best, worst }) {
  if (best === undefined) return undefined
  if (worst !== undefined && worst > 0) return 1 + ((value - worst) / (best - worst)) * 9
  return (value / best) * 10
}

const imdb = join(corpus, 'imdb-user-reviews')
const files = readdirSync(imdb).filter((name) => /_\d+\.txt$/.test(name)).sort()
let rated = 0
let scaled = 0
let near = 0
const far = []
for (const name of files) {
  const vote = Number(/_(\d+)\.txt$/.exec(name)[1])
  const { value } = parseReview(readFileSync(join(imdb, name), 'utf8'), { title: name })
  const rating = value?.reviews?.[0]?.rating
  if (!rating) continue
  rated++
  const ten = onTen(rating)
  if (list) console.log(`${name}\tvote ${vote}\t${rating.text}\t${ten === undefined ? 'no scale' : ten.toFixed(1)}`)
  if (ten === undefined) continue
  scaled++
  if (Math.abs(ten - vote) <= 1) near++
  else far.push(`${name}: vote ${vote}, read "${rating.text}" (${ten.toFixed(1)} of 10)`)
}
console.log(`IMDb user reviews: ${files.length}`)
console.log(`  with a rating:           ${rated} (${((rated / files.length) * 100).toFixed(1)}%)`)
console.log(`  of those, scale stated:  ${scaled}`)
console.log(`  within one star of vote: ${near} of ${scaled} (${((near / scaled) * 100).toFixed(1)}%)`)
for (const line of far) console.log(`    off: ${line}`)

const ebert = join(corpus, 'ebert-critic-reviews')
const kinds = new Map()
let paragraphs = 0
let noise = 0
const reviews = readdirSync(ebert).filter((name) => name.endsWith('.txt'))
for (const name of reviews) {
  const { value } = parseReview(readFileSync(join(ebert, name), 'utf8'), { title: name })
  for (const section of value?.reviews?.[0]?.sections ?? []) {
    kinds.set(section.kind, (kinds.get(section.kind) ?? 0) + section.paragraphs.length)
    paragraphs += section.paragraphs.length
    noise += section.paragraphs.filter((text) => /\bAdvertisement\b/.test(text)).length
  }
}
// Facts: each review read without `options.title`, against the hand-checked list beside this
// script (the film's title and its first director), counted where reelmark reads a value at all.
const facts = JSON.parse(readFileSync(new URL('./reviewCorpusFacts.json', import.meta.url), 'utf8'))
const tally = new Map()
const wrong = []
for (const [name, expected] of Object.entries(facts)) {
  const { value } = parseReview(readFileSync(join(ebert, name), 'utf8'))
  for (const [path, want] of Object.entries(expected)) {
    const got = path.split('.').reduce((item, key) => item?.[key], value)
    const counts = tally.get(path) ?? { listed: 0, read: 0, right: 0 }
    counts.listed++
    if (got !== undefined && !(path === 'title' && got === 'Untitled')) {
      counts.read++
      if (got === want) counts.right++
      else wrong.push(`${name}: ${path} read "${got}", is "${want}"`)
    }
    tally.set(path, counts)
  }
}
console.log(`Ebert critic reviews: ${reviews.length}, ${paragraphs} paragraphs (${(paragraphs / reviews.length).toFixed(1)} each)`)
for (const [path, counts] of tally) console.log(`  ${path} (no title option): read ${counts.read} of ${counts.listed}, right ${counts.right}`)
for (const line of wrong) console.log(`    wrong: ${line}`)
console.log(`  paragraphs still holding "Advertisement": ${noise}`)
console.log(`  paragraphs by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`).join(', ')}`)
