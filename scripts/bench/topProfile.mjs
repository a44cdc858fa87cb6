#!/usr/bin/env node
// Prints the functions with the most self time in a V8 CPU profile (from `node --cpu-prof`).
// Usage: node scripts/bench/topProfile.mjs FILE.cpuprofile [COUNT]
import { readFileSync } from 'node:fs'

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const count = Number(process.argv[3] ?? 25)
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const self = new Map()
for (let index = 0; index < profile.samples.length; index++) {
  const node = byId.get(profile.samples[index])
  const { functionName, url, lineNumber } = node.callFrame
  const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules\/)?/, '')}:${lineNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0))
}
const total = [...self.values()].reduce((sum, time) => sum + time, 0)
for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) {
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${key}`)
}
