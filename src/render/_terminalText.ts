const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
}

/**
 * Makes record text safe for a terminal: control characters (escape sequences included), line
 * breaks and bidirectional overrides become spaces or go, so text cannot move the cursor or
 * reorder the card.
 *
 * @param text Text from the record.
 * @returns One line of printable text, runs of white space collapsed.
 */
export function _terminalText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Writes text in printable ASCII: accents dropped, typographic quotes and dashes made plain, and
 * any other character (CJK, emoji) as one `?` per character as seen.
 *
 * @param text Printable text.
 * @returns The ASCII text.
 */
export function _asciiText(text: string): string {
  let out = ''
  for (const { segment } of segmenter.segment(text)) {
    const plain = TYPOGRAPHY[segment] ?? segment.normalize('NFKD').replace(/\p{M}/gu, '')
    out += /^[\x20-\x7e]+$/.test(plain) ? plain : '?'
  }
  return out
}
