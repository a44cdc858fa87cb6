import { htmlPage } from './_inputs.mjs'
const { parseFilmPage } = await import(process.argv[3] + '/index.js')
const html = htmlPage(Number(process.argv[2] ?? 100))
const out = []
const win = Number(process.argv[2]) >= 100 ? 500 : 200
let end = performance.now() + 1500; do parseFilmPage(html); while (performance.now() < end)
for (let w = 0; w < 10; w++) { let n = 0; const s = performance.now(); while (performance.now() - s < win) { parseFilmPage(html); n++ } out.push((performance.now() - s) / n) }
out.sort((a, b) => a - b)
console.log(process.argv[2] + 'x', process.argv[3].includes('base') ? 'base' : 'lean', 'median', out[5].toFixed(2), 'ms', 'min', out[0].toFixed(2))
