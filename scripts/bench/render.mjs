// Rendering: toJsonLd, toMarkdown and toCard per film against JSON.stringify of the record.
import { film, ROOT, SCALES } from './_inputs.mjs'
import { compareFunctions, ratioOf } from './_measure.mjs'
import { ms, row, scalingRow } from './_table.mjs'

export async function benchRender({ quick }) {
  const { toCard, toJsonLd, toMarkdown } = await import(`${ROOT}dist/index.js`)
  const renderers = { toJsonLd, toMarkdown, toCard }
  const rows = []
  const perScale = {}
  for (const scale of SCALES) {
    const record = film(scale)
    const result = compareFunctions(
      {
        'JSON.stringify': () => JSON.stringify(record),
        toJsonLd: () => toJsonLd(record),
        toMarkdown: () => toMarkdown(record),
        toCard: () => toCard(record),
      },
      { rounds: quick ? 3 : 7, targetMs: 60 },
    )
    perScale[scale] = result
    if (scale === 100) continue
    for (const name of Object.keys(renderers)) {
      rows.push(
        row({
          group: `render, film with ${scale}x lists`,
          name: `${name} vs JSON.stringify`,
          value: ms(result[name].ms),
          baseline: ms(result['JSON.stringify'].ms),
          ratio: ratioOf(result[name], result['JSON.stringify']),
        }),
      )
    }
  }
  for (const name of Object.keys(renderers)) {
    rows.push(
      scalingRow(`scaling: ${name}`, 'time, 1x -> 10x -> 100x lists', SCALES.map((scale) => perScale[scale][name].ms)),
    )
  }
  return rows
}
