// JSON Lines validation with ajv, compiled from schemas/film.schema.json, read the same way as the floor.
// Usage: node scripts/bench/_ajvLines.mjs FILE.jsonl
import { createReadStream, readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'

const schema = JSON.parse(readFileSync(new URL('../../schemas/film.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
let rest = ''
let line = 0
let errors = 0
const check = (text) => {
  line++
  if (text.trim() === '') return
  if (!validate(JSON.parse(text))) errors += validate.errors.length
}
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const text = rest + chunk
  let start = 0
  let end = text.indexOf('\n')
  while (end !== -1) {
    check(text.slice(start, end))
    start = end + 1
    end = text.indexOf('\n', start)
  }
  rest = text.slice(start)
}
if (rest !== '') check(rest)
process.stdout.write(`${line} lines, ${errors} errors\n`)
process.exitCode = errors ? 1 : 0
