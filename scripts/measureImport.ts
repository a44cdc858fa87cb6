// Measures importFilm on a folder of real exports: for each file named in importCorpusFacts.json,
// the share of listed facts it gets right. Run: npm run measure:imports -- CORPUS_DIR
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { corpusFolder, loadFacts, valueAt } from './_corpusFacts.js'
import { importFilm } from '../src/import/importFilm.js'

const folder = corpusFolder('Usage: npm run measure:imports -- CORPUS_DIR')
const facts = loadFacts('importCorpusFacts.json')

let checked = 0
let right = 0
const bySource = new Map<string, { checked: number; right: number; files: number }>()
for (const [file, expected] of Object.entries(facts)) {
  const source = file.split('_')[0]!
  const tally = bySource.get(source) ?? { checked: 0, right: 0, files: 0 }
  tally.files++
  const { value, messages } = importFilm(readFileSync(join(folder, file), 'utf8'))
  const wrong: string[] = []
  for (const [path, want] of Object.entries(expected)) {
    if (path === '@rules') {
      for (const rule of want as string[]) {
        tally.checked++
        if (messages.some((message) => message.rule === rule)) tally.right++
        else wrong.push(`message ${rule}`)
      }
      continue
    }
    tally.checked++
    // Note: `null` in the facts means the field must be left out.
    const got = valueAt(value, path)
    if (want === null ? got === undefined : isDeepStrictEqual(got, want)) tally.right++
    else wrong.push(`${path}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`)
  }
  bySource.set(source, tally)
  console.log(`${file}: ${Object.keys(expected).length} fact keys${wrong.length ? `, wrong: ${wrong.join('; ')}` : ', all right'}`)
}
console.log('')
for (const [source, tally] of bySource) {
  checked += tally.checked
  right += tally.right
  console.log(`${source}: ${tally.files} files, ${tally.right}/${tally.checked} facts right (${((100 * tally.right) / tally.checked).toFixed(1)}%)`)
}
console.log(`all: ${right}/${checked} facts right (${((100 * right) / checked).toFixed(1)}%)`)
