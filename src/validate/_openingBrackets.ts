/** The buffer last viewed as 32-bit words, and that view. */
let viewed: Buffer | undefined
let words: Int32Array | undefined

/**
 * Counts the bytes `[` and `{` in a range of a buffer, strings included, or a few more: a bound
 * on how deeply the JSON text there can nest, found without decoding it.
 *
 * @param buffer The bytes.
 * @param start Where the range starts.
 * @param end Where it ends (exclusive).
 * @returns At least the number of `[` and `{` bytes in the range.
 */
export function _openingBrackets(buffer: Buffer, start: number, end: number): number {
  if (buffer !== viewed) {
    viewed = buffer
    words = buffer.byteOffset % 4 === 0 ? new Int32Array(buffer.buffer, buffer.byteOffset, buffer.length >> 2) : undefined
  }
  let count = 0
  let index = start
  if (words) {
    while (index < end && (index & 3) !== 0) count += isOpening(buffer[index++] as number)
    // Note: four bytes at a time. `| 0x20` turns `[` (0x5b) into `{` (0x7b), the XOR turns both into
    // zero bytes, and the classic zero-byte test flags every zero byte (and at times the byte after
    // one, which only makes the bound looser); a multiply adds up the four flags.
    const wordsEnd = end >> 2
    for (let word = index >> 2; word < wordsEnd; word++) {
      const bytes = ((words[word] as number) | 0x20202020) ^ 0x7b7b7b7b
      const flags = ((bytes - 0x01010101) & ~bytes & 0x80808080) >>> 7
      count += Math.imul(flags, 0x01010101) >>> 24
    }
    if (wordsEnd << 2 > index) index = wordsEnd << 2
  }
  for (; index < end; index++) count += isOpening(buffer[index] as number)
  return count
}

function isOpening(byte: number): number {
  return (byte | 0x20) === 0x7b ? 1 : 0
}
