#!/usr/bin/env node
// The reelmark benchmark: every figure is a ratio against a baseline measured in the same run,
// repeated in interleaved rounds, medians kept. Run with `npm run bench` (it builds dist/ first).
// Options: --quick (fewer rounds), --only=validation,review,page,render,startup,bundle; each
// section runs in a process of its own (--section=NAME prints one section's rows as JSON).
// Writes .bench/results/bench-<time>.json and .bench/results/latest.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
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

// Note: each section runs in a Node process of its own, which prints its rows as JSON. In one
// process, the heap the validation section left made the page section's 100x HTML page 160 ms
// a call instead of 100 ms: what one section leaves behind is no part of what another measures.
const section = args.find((arg) => arg.startsWith('--section='))?.slice(10)
if (section) {
  process.stdout.write(JSON.stringify(await sections[section]({ quick })))
  process.exit(0)
}

const started = performance.now()
const rows = []
for (const name of Object.keys(sections)) {
  if (only && !only.includes(name)) continue
  process.stderr.write(`bench: ${name}...\n`)
  const sectionStart = performance.now()
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--section=${name}`, ...(quick ? ['--quick'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) {
    process.stderr.write(`bench: the ${name} section failed (exit ${run.status ?? run.signal})\n`)
    process.exit(1)
  }
  rows.push(...JSON.parse(run.stdout.toString()))
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
