import stringWidth from 'string-width'

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * Wraps text into lines of at most `width` display columns, breaking between words, and inside a
 * word only when it is wider than a whole line. Wide characters (CJK, emoji) count as two columns.
 *
 * @param text The text, on one line.
 * @param width The most columns a line may take, at least 2.
 * @returns The lines, none wider than `width`; one empty line for empty text.
 */
export function _wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const word of text.split(' ').filter(Boolean)) {
    const size = stringWidth(word)
    if (used > 0 && used + 1 + size <= width) {
      line += ` ${word}`
      used += 1 + size
      continue
    }
    if (size <= width) {
      if (used > 0) lines.push(line)
      line = word
      used = size
      continue
    }
    // Note: a word wider than a line starts where the line is, and is cut between graphemes,
    // never inside one.
    if (used > 0 && used + 1 < width) {
      line += ' '
      used += 1
    } else if (used > 0) {
      lines.push(line)
      line = ''
      used = 0
    }
    for (const { segment } of segmenter.segment(word)) {
      const columns = stringWidth(segment)
      if (used + columns > width) {
        lines.push(line)
        line = ''
        used = 0
      }
      line += segment
      used += columns
    }
  }
  if (used > 0 || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Pads a line with spaces to exactly `width` display columns.
 *
 * @param line A line no wider than `width`.
 * @param width The columns to fill.
 * @returns The padded line.
 */
export function _pad(line: string, width: number): string {
  return line + ' '.repeat(Math.max(0, width - stringWidth(line)))
}
