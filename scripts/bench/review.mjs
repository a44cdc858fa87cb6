// Review parsing: parseReview on plain text against remark-parse alone on the same text.
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { bytesOf, reviewText, ROOT, SCALES } from './_inputs.mjs'
import { compareFunctions, ratioOf } from './_measure.mjs'
import { mbps, ms, row, scalingRow } from './_table.mjs'

export async function benchReview({ quick }) {
  const { parseReview } = await import(`${ROOT}dist/index.js`)
  const remark = unified().use(remarkParse)
  const rows = []
  const perScale = {}
  for (const scale of SCALES) {
    const text = reviewText(scale)
    const bytes = bytesOf(text)
    const result = compareFunctions(
      {
        parseReview: () => parseReview(text, { format: 'text', title: 'Paper Moon' }),
        'remark-parse': () => remark.parse(text),
      },
      { rounds: quick ? 3 : 7 },
    )
    perScale[scale] = result.parseReview.ms
    const group = `parseReview, plain text ${scale}x (${(bytes / 1000).toFixed(1)} kB)`
    rows.push(
      row({
        group,
        name: 'vs remark-parse alone',
        value: ms(result.parseReview.ms),
        baseline: ms(result['remark-parse'].ms),
        ratio: ratioOf(result.parseReview, result['remark-parse']),
        target: { max: 0.2 },
      }),
      row({
        group,
        name: 'throughput on one core',
        value: mbps(bytes, result.parseReview.ms),
        baseline: '10 MB/s',
        ratio: bytes / 1e6 / (result.parseReview.ms / 1000) / 10,
        target: { min: 1 },
      }),
    )
  }
  rows.push(
    scalingRow('scaling: parseReview', 'time, 1x -> 10x -> 100x text', SCALES.map((scale) => perScale[scale])),
  )
  return rows
}
