#!/usr/bin/env node
// The reelmark benchmark: every figure is a ratio against a baseline measured in the same run,
// repeated in interleaved rounds, medians kept. Run with `npm run bench` (it builds dist/ first).
// Options: --quick (fewer rounds), --only=validation,review,page,render,startup,bundle
// Writes .bench/results/bench-<time>.json and .bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { ROOT, WORK } from './_inputs.mjs'
import { printTable } from './_table.mjs'
import { benchBundle } from './bundle.mjs'
import { benchPages } from './pages.mjs'
import { benchRender } from './render.mjs'
import { benchReview } from './review.mjs'
import { benchStartup } from './startup.mjs'
import { benchValidation } from './validation.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.find((arg) => arg.startsWith('--only='))?.slice(7).split(',')
const sections = { validation: benchValidation, review: benchReview, page: benchPages, render: benchRender, startup: benchStartup, bundle: benchBundle }

const started = performance.now()
const rows = []
for (const [name, run] of Object.entries(sections)) {
  if (only && !only.includes(name)) continue
  process.stderr.write(`bench: ${name}...\n`)
  const sectionStart = performance.now()
  rows.push(...(await run({ quick })))
  process.stderr.write(`bench: ${name} took ${((performance.now() - sectionStart) / 1000).toFixed(1)} s\n`)
}
const seconds = (performance.now() - started) / 1000

const machine = `${availableParallelism()} cores, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`
printTable(rows)
const failed = rows.filter((row) => row.holds === false)
console.log(`\n${machine}; ${seconds.toFixed(0)} s; ${rows.filter((row) => row.holds === true).length} targets hold, ${failed.length} do not${failed.length ? `: ${failed.map((row) => row.name).join('; ')}` : ''}.`)

mkdirSync(`${WORK}results`, { recursive: true })
const report = { date: new Date().toISOString(), machine, seconds, quick, rows }
const stamp = report.date.replace(/[:.]/g, '-')
writeFileSync(`${WORK}results/bench-${stamp}.json`, `${JSON.stringify(report, null, 2)}\n`)
writeFileSync(`${WORK}results/latest.json`, `${JSON.stringify(report, null, 2)}\n`)
console.log(`Wrote ${`${WORK}results/latest.json`.slice(ROOT.length)}`)
