/** Reports progress of a long run on stderr. */
export interface _Progress {
  /** A file is starting. */
  file(path: string): void
  /** A record has been read. */
  record(): void
  /** The run is over: clear the line. */
  done(): void
}

/** How long a run must take before a progress line appears, in milliseconds. */
const AFTER = 1000
/** How often the line is redrawn, in milliseconds. */
const EVERY = 200

/**
 * Creates a progress line on stderr for runs longer than a second; silent when stderr is not a
 * terminal, so logs and pipes stay clean.
 *
 * @param files How many files the run checks.
 * @returns The progress reporter.
 */
export function _progress(files: number): _Progress {
  if (!process.stderr.isTTY) return { file() {}, record() {}, done() {} }
  const start = Date.now()
  let last = start
  let shown = false
  let current = 0
  let records = 0
  let name = ''
  const draw = () => {
    const now = Date.now()
    if (now - start < AFTER || now - last < EVERY) return
    last = now
    shown = true
    const count = records.toLocaleString('en-US')
    const text = `Checking ${current}/${files} files, ${count} records: ${name}`
    const width = process.stderr.columns || 80
    process.stderr.write(`\r\u001b[K${text.length >= width ? `${text.slice(0, width - 2)}…` : text}`)
  }
  return {
    file(path) {
      current++
      name = path
      draw()
    },
    record() {
      records++
      if ((records & 1023) === 0) draw()
    },
    done() {
      if (shown) process.stderr.write('\r\u001b[K')
    },
  }
}
