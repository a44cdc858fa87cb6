import { open } from 'node:fs/promises'

/** How much of a file is read at a time: large chunks keep streaming fast. */
const CHUNK = 1 << 20

/**
 * Streams a file line by line as bytes, into one reused buffer, so that reading allocates nothing
 * per chunk and memory holds one chunk (or one longer line) however long the file.
 *
 * @param path The file.
 * @param onLine Receives the buffer, the line's byte range within it (without its line break,
 *   `\n` or `\r\n`) and its 1-based number. The buffer is reused after `onLine` returns.
 * @returns Resolves when the whole file has been read.
 */
export async function _eachRawLine(path: string, onLine: (buffer: Buffer, start: number, end: number, number: number) => void): Promise<void> {
  const file = await open(path, 'r')
  try {
    let buffer = Buffer.allocUnsafe(CHUNK)
    let filled = 0
    let start = 0
    let number = 0
    for (;;) {
      // Step: keep the unfinished line, moved to the front; grow the buffer for a line longer than it.
      if (start > 0) {
        buffer.copyWithin(0, start, filled)
        filled -= start
        start = 0
      }
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(bigger, 0, 0, filled)
        buffer = bigger
      }
      const scanFrom = filled
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null)
      if (bytesRead === 0) break
      filled += bytesRead

      // Step: hand over every complete line; bytes past `filled` are left from earlier chunks.
      let end = buffer.indexOf(10, scanFrom)
      while (end !== -1 && end < filled) {
        number++
        onLine(buffer, start, end > start && buffer[end - 1] === 13 ? end - 1 : end, number)
        start = end + 1
        end = buffer.indexOf(10, start)
      }
    }
    if (start < filled) onLine(buffer, start, buffer[filled - 1] === 13 ? filled - 1 : filled, number + 1)
  } finally {
    await file.close()
  }
}
