// Timing helpers for the bench: interleaved rounds, medians, and child processes with peak memory.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const USAGE = pathToFileURL(new URL('./_usage.mjs', import.meta.url).pathname).href

/** The middle value (mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function timeBatch(fn, iterations) {
  const start = performance.now()
  for (let index = 0; index < iterations; index++) fn()
  return (performance.now() - start) / iterations
}

/** How many calls of fn take about `targetMs`. */
function calibrate(fn, targetMs) {
  let iterations = 1
  for (;;) {
    const total = timeBatch(fn, iterations) * iterations
    if (total >= targetMs / 8 || iterations >= 1 << 20) {
      return Math.max(1, Math.round((iterations * targetMs) / Math.max(total, 0.01)))
    }
    iterations *= 4
  }
}

/**
 * Calls fn in batches of 100 ms until its time per call stops falling: no batch in the last five
 * has been 3% faster than the best before it, after at least `minMs` and at most `maxMs`, so that
 * V8 has compiled and optimised it before it is timed. parseReview on the 1.8 kB review runs at
 * 380, 250, 105, 67, 53 us a call in its first 100 ms windows, then has slower windows (57-67 us)
 * until about 2 s, then 51 us: stopping at the first batch that was no faster timed it at 0.7 s,
 * and the timed rounds caught the rest of its tiering up.
 */
function warmUp(fn, minMs, maxMs) {
  const start = performance.now()
  let best = Infinity
  let sinceBest = 0
  for (;;) {
    const batchStart = performance.now()
    let calls = 0
    do {
      fn()
      calls++
    } while (performance.now() - batchStart < 100)
    const perCall = (performance.now() - batchStart) / calls
    if (perCall < best * 0.97) sinceBest = 0
    else sinceBest++
    best = Math.min(best, perCall)
    const elapsed = performance.now() - start
    if (elapsed >= maxMs || (elapsed >= minMs && sinceBest >= 5)) return
  }
}

/**
 * Times functions in interleaved rounds (each round runs every function once, in rotating order),
 * so that noise from other work on the machine falls on all of them alike. Each function is first
 * warmed up alike until its time per call stops falling, so the ratios compare code V8 has
 * optimised, not code it is still compiling (a short review's first half second of calls runs up
 * to seven times slower than later ones); the cost of a first call shows in the start-up rows instead.
 *
 * @param fns Functions by name.
 * @param options `rounds` (default 7; more for a function of fewer than three calls a batch, so
 *   that each is timed at least `rounds * 3` times), `targetMs` per batch (default 100) and
 *   `warmUpMs`, the least time each function is warmed up (default 1000; at most five times that).
 * @returns Per name: `ms`, the median time of one call, and `rounds`, the time of one call per round.
 */
export function compareFunctions(fns, { rounds = 7, targetMs = 100, warmUpMs = 1000 } = {}) {
  const names = Object.keys(fns)
  const iterations = Object.fromEntries(names.map((name) => {
    warmUp(fns[name], warmUpMs, warmUpMs * 5)
    return [name, calibrate(fns[name], targetMs)]
  }))
  // Note: a function that takes most of a batch for one call (the 100x HTML page, about 100 ms) is
  // timed in more rounds, so that its median stands on as many calls as a quicker one's does.
  const allRounds = Math.max(rounds, ...names.map((name) => Math.ceil((rounds * 3) / iterations[name])))
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < allRounds; round++) {
    for (let at = 0; at < names.length; at++) {
      const name = names[(at + round) % names.length]
      times[name].push(timeBatch(fns[name], iterations[name]))
    }
  }
  return Object.fromEntries(names.map((name) => [name, { ms: median(times[name]), rounds: times[name] }]))
}

/** The median over rounds of a's time divided by b's time in the same round. */
export function ratioOf(a, b) {
  return median(a.rounds.map((time, index) => time / b.rounds[index]))
}

/**
 * Runs a command to its end with stdout and stderr discarded.
 *
 * @returns `ms` wall time, `code`, and for Node children when `usage` is set `peakMb`, the peak
 *   resident memory, and `cpuMs`, the CPU time used.
 */
export function runProcess([command, ...args], { usage = false, cwd } = {}) {
  const folder = usage ? mkdtempSync(join(tmpdir(), 'reelmark-bench-')) : undefined
  const env = { ...process.env }
  if (folder) {
    env.BENCH_USAGE_FILE = join(folder, 'usage')
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${USAGE}`.trim()
  }
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env, cwd })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      let peakMb
      let cpuMs
      if (folder) {
        try {
          const recorded = JSON.parse(readFileSync(env.BENCH_USAGE_FILE, 'utf8'))
          peakMb = recorded.maxRss / 1024
          cpuMs = recorded.cpu / 1000
        } catch {}
        rmSync(folder, { recursive: true, force: true })
      }
      resolve({ ms, code, peakMb, cpuMs, stderr })
    })
  })
}

/**
 * Runs commands in interleaved rounds, like {@link compareFunctions}.
 *
 * @param commands Command lines (arrays) by name.
 * @param options `rounds` (default 3) and `usage`, to record peak memory and CPU time (exit codes
 *   other than 0 and 1 throw).
 * @returns Per name: median `ms`, `rounds` (wall time per round), median `peakMb` and `cpuMs`.
 */
export async function compareProcesses(commands, { rounds = 3, usage = false } = {}) {
  const names = Object.keys(commands)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  const peaks = Object.fromEntries(names.map((name) => [name, []]))
  const cpus = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (let at = 0; at < names.length; at++) {
      const name = names[(at + round) % names.length]
      const result = await runProcess(commands[name], { usage })
      if (result.code !== 0 && result.code !== 1) {
        throw new Error(`${name} exited with ${result.code}: ${result.stderr}`)
      }
      times[name].push(result.ms)
      if (result.peakMb !== undefined) peaks[name].push(result.peakMb)
      if (result.cpuMs !== undefined) cpus[name].push(result.cpuMs)
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        ms: median(times[name]),
        rounds: times[name],
        peakMb: peaks[name].length ? median(peaks[name]) : undefined,
        cpuMs: cpus[name].length ? median(cpus[name]) : undefined,
      },
    ]),
  )
}
