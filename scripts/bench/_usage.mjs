// Preloaded into measured Node processes (--import): at exit, writes the peak resident memory (kB)
// and the CPU time used (microseconds) as JSON to the file named by BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  const file = process.env.BENCH_USAGE_FILE
  if (file) writeFileSync(file, JSON.stringify({ maxRss: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }))
})
