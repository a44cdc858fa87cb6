// Fact-page parsing: parseFilmPage on plain-text and HTML pages, per page and per MB, against
// parsing the same text into a tree alone (remark-parse for text, rehype-parse for HTML).
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { bytesOf, htmlPage, ROOT, SCALES, textPage } from './_inputs.mjs'
import { compareFunctions, ratioOf } from './_measure.mjs'
import { mbps, ms, row, scalingRow } from './_table.mjs'

export async function benchPages({ quick }) {
  const { parseFilmPage } = await import(`${ROOT}dist/index.js`)
  const kinds = {
    text: { page: textPage, baseline: 'remark-parse', parse: unified().use(remarkParse) },
    HTML: { page: htmlPage, baseline: 'rehype-parse', parse: unified().use(rehypeParse) },
  }
  const rows = []
  for (const [kind, { page, baseline, parse }] of Object.entries(kinds)) {
    const perScale = {}
    for (const scale of SCALES) {
      const text = page(scale)
      const bytes = bytesOf(text)
      // Note: the 100x page gives only the scaling row, which compares parseFilmPage with itself;
      // a baseline timed beside it would only leave its garbage (a 70 MB tree a call) to be
      // collected in parseFilmPage's batches, which at one or two calls a batch is most of the noise.
      const fns = { parseFilmPage: () => parseFilmPage(text) }
      if (scale !== 100) fns[baseline] = () => parse.parse(text)
      const result = compareFunctions(fns, { rounds: quick ? 3 : 7 })
      perScale[scale] = result.parseFilmPage.ms
      if (scale === 100) continue
      rows.push(
        row({
          group: `parseFilmPage, ${kind} page ${scale}x (${(bytes / 1000).toFixed(1)} kB)`,
          name: `per page, per MB, vs ${baseline} alone`,
          value: `${ms(result.parseFilmPage.ms)}, ${mbps(bytes, result.parseFilmPage.ms)}`,
          baseline: ms(result[baseline].ms),
          ratio: ratioOf(result.parseFilmPage, result[baseline]),
        }),
      )
    }
    rows.push(
      scalingRow(`scaling: parseFilmPage ${kind}`, 'time, 1x -> 10x -> 100x page', SCALES.map((scale) => perScale[scale])),
    )
  }
  return rows
}
