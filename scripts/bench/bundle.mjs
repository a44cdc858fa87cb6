// The schema-only bundle: FilmSchema and safeParseFilm from reelmark/schemas, bundled with valibot,
// minified and brotli-compressed (as size-limit measures it), against the size budget.
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { ROOT } from './_inputs.mjs'
import { row } from './_table.mjs'

const BUDGET = 8 * 1024

async function bundled(exports) {
  const result = await build({
    stdin: { contents: `export ${exports} from './dist/schemas.js'`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
  })
  const code = result.outputFiles[0].contents
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length }
}

export async function benchBundle() {
  const rows = []
  for (const [name, exports] of [['FilmSchema and safeParseFilm', '{ FilmSchema, safeParseFilm }'], ['all schemas', '*']]) {
    const size = await bundled(exports)
    rows.push(
      row({
        group: 'schema-only bundle',
        name: `${name}, minified + brotli, vs the 8 kB budget`,
        value: `${(size.brotli / 1024).toFixed(2)} kB (${(size.raw / 1024).toFixed(1)} kB raw, ${(size.gzip / 1024).toFixed(2)} kB gzip)`,
        baseline: '8 kB',
        ratio: size.brotli / BUDGET,
        target: { max: 1 },
        ...size,
      }),
    )
  }
  return rows
}
