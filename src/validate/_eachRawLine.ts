import { open } from 'node:fs/promises'

/** How much of a file is read at a time: large chunks keep streaming fast. */
const CHUNK = 1 << 20

/**
 * Streams a file line by line as bytes, into two reused buffers, so that reading allocates nothing
 * per chunk and memory holds two chunks (or one longer line) however long the file.
 *
 * Note: the next chunk is read into the spare buffer while the lines of this one are handed over,
 * as a read stream reads ahead, so the reading thread's turn is never waited for between chunks.
 *
 * @param path The file.
 * @param onLine Receives the buffer, the line's byte range within it (without its line break,
 *   `\n` or `\r\n`) and its 1-based number. The buffer is reused after `onLine` returns.
 * @returns Resolves when the whole file has been read.
 */
export async function _eachRawLine(path: string, onLine: (buffer: Buffer, start: number, end: number, number: number) => void): Promise<void> {
  const file = await open(path, 'r')
  let buffer = Buffer.allocUnsafe(CHUNK)
  let spare = Buffer.allocUnsafe(CHUNK)
  let filled = 0
  let number = 0
  let reading = file.read(buffer, 0, buffer.length, null)
  try {
    for (;;) {
      const { bytesRead } = await reading
      if (bytesRead === 0) break
      filled += bytesRead
      const last = buffer.lastIndexOf(10, filled - 1)
      if (last === -1) {
        // Step: no line ends in the buffer yet; grow it for a line longer than it, and read on.
        if (filled === buffer.length) {
          const bigger = Buffer.allocUnsafe(buffer.length * 2)
          buffer.copy(bigger, 0, 0, filled)
          buffer = bigger
          spare = Buffer.allocUnsafe(bigger.length)
        }
        reading = file.read(buffer, filled, buffer.length - filled, null)
        continue
      }

      // Step: move the unfinished line to the spare buffer and read on into it, then hand over
      // every complete line; bytes past `filled` are left from earlier chunks.
      const rest = filled - last - 1
      buffer.copy(spare, 0, last + 1, filled)
      reading = file.read(spare, rest, spare.length - rest, null)
      for (let start = 0; start <= last; ) {
        const end = buffer.indexOf(10, start)
        number++
        onLine(buffer, start, end > start && buffer[end - 1] === 13 ? end - 1 : end, number)
        start = end + 1
      }
      ;[buffer, spare] = [spare, buffer]
      filled = rest
    }
    if (filled > 0) onLine(buffer, 0, buffer[filled - 1] === 13 ? filled - 1 : filled, number + 1)
  } finally {
    // Note: a read still under way when `onLine` throws is let finish before the file closes.
    await reading.catch(() => undefined)
    await file.close()
  }
}
