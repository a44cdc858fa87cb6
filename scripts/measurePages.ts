// Measures parseFilmPage on a folder of real HTML film pages: for each file named in
// pageCorpusFacts.json, the share of listed facts it gets right ("x.length>": n means longer
// than n). Run: npm run measure:pages -- CORPUS_PAGES_DIR
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { corpusFolder, loadFacts, valueAt } from './_corpusFacts.js'
import { _decodePage } from '../src/parse/_decodePage.js'
import { parseFilmPage } from '../src/parse/parseFilmPage.js'

const folder = corpusFolder('Usage: npm run measure:pages -- CORPUS_PAGES_DIR')
const facts = loadFacts('pageCorpusFacts.json')

let checked = 0
let right = 0
for (const [file, expected] of Object.entries(facts)) {
  const { value } = parseFilmPage(_decodePage(readFileSync(join(folder, file))))
  const wrong: string[] = []
  for (const [path, want] of Object.entries(expected)) {
    const longer = path.endsWith('>')
    const got = valueAt(value, longer ? path.slice(0, -1) : path)
    const ok = longer ? typeof got === 'number' && got > (want as number) : isDeepStrictEqual(got, want)
    checked++
    if (ok) right++
    else wrong.push(`${path}: got ${JSON.stringify(got)?.slice(0, 80)}, want ${JSON.stringify(want)}`)
  }
  const count = Object.keys(expected).length
  console.log(`${file}: ${count - wrong.length}/${count}`)
  for (const line of wrong) console.log(`  ${line}`)
}
console.log(`All pages: ${right}/${checked} facts right (${((100 * right) / checked).toFixed(1)}%)`)
