import { createReadStream } from 'node:fs'

/** How much of a file is read at a time: large chunks keep streaming fast. */
const CHUNK = 1 << 20

/**
 * Streams a text file line by line, so memory holds one chunk and one line however long the file.
 *
 * @param path The file.
 * @param onLine Receives each line (without its line break) and its 1-based number; returning
 *   `false` stops the reading.
 * @returns Resolves when the whole file has been read.
 */
export async function _eachLine(path: string, onLine: (line: string, number: number) => boolean | void): Promise<void> {
  let rest = ''
  let number = 0
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK })) {
    const text = rest + (chunk as string)
    let start = 0
    let end = text.indexOf('\n')
    while (end !== -1) {
      number++
      if (onLine(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), number) === false) return
      start = end + 1
      end = text.indexOf('\n', start)
    }
    rest = text.slice(start)
  }
  if (rest !== '') onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, number + 1)
}
