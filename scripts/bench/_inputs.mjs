// Inputs of the bench: generated datasets (in .bench/, never committed) and texts built from the
// project's own fixtures, scaled 1x, 10x and 100x.
import { spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const WORK = `${ROOT}.bench/`
export const SCALES = [1, 10, 100]

/**
 * Makes sure a JSON Lines file of `count` generated films exists (scripts/generateFilms.mjs).
 *
 * @returns The file's path and size in bytes.
 */
export function jsonLinesFile(count) {
  const path = `${WORK}films-${count}.jsonl`
  if (!existsSync(path)) {
    const run = spawnSync(process.execPath, [`${ROOT}scripts/generateFilms.mjs`, String(count), path], { stdio: 'inherit' })
    if (run.status !== 0) throw new Error(`Could not generate ${path}`)
  }
  return { path, bytes: statSync(path).size }
}

/**
 * Makes sure the same films exist as one JSON array, and a JSON Schema of an array of films, for
 * tools that read one JSON document (ajv-cli).
 *
 * @returns The array file and the array schema.
 */
export async function jsonArrayFile(count) {
  const { path: lines } = jsonLinesFile(count)
  const path = `${WORK}films-${count}.json`
  const schema = `${WORK}films-array.schema.json`
  writeFileSync(
    schema,
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
      items: { $ref: 'https://unpkg.com/reelmark/schemas/film.schema.json' },
    }),
  )
  if (!existsSync(path)) {
    const out = createWriteStream(path)
    let first = true
    let rest = ''
    const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)))
    await write('[\n')
    for await (const chunk of createReadStream(lines, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const parts = (rest + chunk).split('\n')
      rest = parts.pop()
      const body = parts.filter(Boolean).join(',\n')
      if (body) {
        await write(`${first ? '' : ',\n'}${body}`)
        first = false
      }
    }
    if (rest) await write(`${first ? '' : ',\n'}${rest}`)
    await new Promise((resolve) => out.end(']\n', resolve))
  }
  return { path, schema, bytes: statSync(path).size }
}

function fixture(path) {
  return readFileSync(`${ROOT}${path}`, 'utf8')
}

/** A text repeated `times` times, as paragraphs of one document. */
function repeatText(text, times) {
  return Array.from({ length: times }, () => text.trim()).join('\n\n')
}

/** A plain-text review (tests/fixtures/parse/review-plain.txt), its paragraphs repeated. */
export function reviewText(scale) {
  return repeatText(fixture('tests/fixtures/parse/review-plain.txt'), scale)
}

/** A plain-text fact page (tests/fixtures/parseFilmPage/fact-page.txt), repeated. */
export function textPage(scale) {
  return repeatText(fixture('tests/fixtures/parseFilmPage/fact-page.txt'), scale)
}

/** An HTML fact page (tests/fixtures/parseFilmPage/imdb-2010-layout.html), its body repeated. */
export function htmlPage(scale) {
  const html = fixture('tests/fixtures/parseFilmPage/imdb-2010-layout.html')
  const open = html.search(/<body[^>]*>/i)
  const close = html.search(/<\/body>/i)
  if (open === -1 || close === -1) return html.repeat(scale)
  const start = html.indexOf('>', open) + 1
  return html.slice(0, start) + html.slice(start, close).repeat(scale) + html.slice(close)
}

/** A film (examples/films/mask.json) whose lists hold `scale` times as many items. */
export function film(scale) {
  const base = JSON.parse(fixture('examples/films/mask.json'))
  if (scale === 1) return base
  const grown = { ...base }
  for (const [key, value] of Object.entries(base)) {
    if (!Array.isArray(value) || key === 'reviews') continue
    grown[key] = Array.from({ length: scale }, (_, copy) =>
      value.map((item) => (copy === 0 ? item : suffix(item, copy))),
    ).flat()
  }
  return grown
}

/** A distinct copy of a list item, so that no renderer folds repeated items together. */
function suffix(item, copy) {
  if (typeof item === 'string') return `${item} ${copy}`
  if (item && typeof item === 'object') {
    const out = { ...item }
    for (const key of ['name', 'text', 'character']) if (typeof out[key] === 'string') out[key] = `${out[key]} ${copy}`
    return out
  }
  return item
}

/** Bytes of a text in UTF-8. */
export function bytesOf(text) {
  return Buffer.byteLength(text)
}
