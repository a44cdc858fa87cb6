import { htmlPage } from './_inputs.mjs'
const { parseFilmPage } = await import('../../dist/index.js')
const html = htmlPage(Number(process.argv[2] ?? 100))
const end = performance.now() + 8000
while (performance.now() < end) parseFilmPage(html)
