// Measures parseFilmPage on a folder of real HTML film pages: for each file named in
// pageCorpusFacts.json, the share of listed facts it gets right ("x.length>": n means longer
// than n). Run: npm run measure:pages -- CORPUS_PAGES_DIR
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { _decodePage } from '../src/parse/_decodePage.js'
import { parseFilmPage } from '../src/parse/parseFilmPage.js'

const folder = process.argv[2]
if (!folder) {
  console.error('Usage: npm run measure:pages -- CORPUS_PAGES_DIR')
  process.exit(2)
}
const facts = JSON.parse(readFileSync(new URL('./pageCorpusFacts.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, unknown>
>

const get = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((item, key) => (item as Record<string, unknown> | undefined)?.[key], value)

let checked = 0
let right = 0
for (const [file, expected] of Object.entries(facts)) {
  const { value } = parseFilmPage(_decodePage(readFileSync(join(folder, file))))
  const wrong: string[] = []
  for (const [path, want] of Object.entries(expected)) {
    const longer = path.endsWith('>')
    const got = get(value, longer ? path.slice(0, -1) : path)
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
