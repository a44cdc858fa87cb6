// The floor for JSON Lines validation: read the file in large chunks and JSON.parse every line.
// Usage: node scripts/bench/_floor.mjs FILE.jsonl
import { createReadStream } from 'node:fs'

let rest = ''
let records = 0
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const text = rest + chunk
  let start = 0
  let end = text.indexOf('\n')
  while (end !== -1) {
    if (end > start) {
      JSON.parse(text.slice(start, end))
      records++
    }
    start = end + 1
    end = text.indexOf('\n', start)
  }
  rest = text.slice(start)
}
if (rest.trim() !== '') {
  JSON.parse(rest)
  records++
}
process.stdout.write(`${records} records\n`)
