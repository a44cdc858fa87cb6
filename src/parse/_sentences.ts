/** A stretch of text and where it lies in the input. */
export interface _Span {
  /** The text. */
  text: string
  /** Offset of its first character in the input. */
  start: number
  /** Offset just past its last character. */
  end: number
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'vol', 'mt', 'ft', 'lt', 'col',
  'gen', 'sgt', 'capt', 'prof', 'rev', 'inc', 'ltd', 'co', 'bros', 'approx', 'ca', 'cf', 'e.g',
  'i.e', 'u.s', 'a.k.a', 'dir', 'ed', 'feat', 'pt', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept',
  'sep', 'oct', 'nov', 'dec',
])

// A sentence ends at . ! ? (with closing quotes or brackets) before white space and a capital,
// a quote or a digit; or at a period glued to a capitalised word ("too real.The characters").
// Note: a run of marks is tried from its start only (the lookbehinds), so "...." x 50,000 is linear.
const END = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])|(?<![.!?])[.!?]+["”’]?(?=[\p{Lu}][\p{Ll}])/gu

const LAST_WORD = /([\p{L}.]{1,12})$/u
// Note: built once; the bundle turns this literal into a `new RegExp` on every call.
const CAPITAL = /^\p{Lu}$/u

/**
 * Splits text into sentences, keeping abbreviations ("Mr.", "Dr.") and initials ("Roy L.
 * Dennis") inside their sentence.
 *
 * @param text The text to split.
 * @param offset Offset of `text` in the input, default `0`.
 * @returns The sentences, trimmed, with their offsets in the input.
 */
export function _splitSentences(text: string, offset = 0): _Span[] {
  const spans: _Span[] = []
  let start = 0
  // Note: END never matches empty text, so a plain loop reads its matches as `_execAll` would.
  END.lastIndex = 0
  for (let match = END.exec(text); match; match = END.exec(text)) {
    const end = match.index + match[0].length
    if (match[0].startsWith('.')) {
      const word = LAST_WORD.exec(text.slice(Math.max(start, match.index - 12), match.index))?.[1] ?? ''
      const bare = word.replace(/^\./, '').toLowerCase()
      // Note: a single capital before the period is an initial, not the end of a sentence.
      if (ABBREVIATIONS.has(bare) || CAPITAL.test(word)) continue
    }
    _push(spans, text, start, end, offset)
    start = end
  }
  _push(spans, text, start, text.length, offset)
  return spans
}

function _push(spans: _Span[], text: string, start: number, end: number, offset: number): void {
  const raw = text.slice(start, end)
  const lead = raw.length - raw.trimStart().length
  const trimmed = raw.trim()
  if (trimmed) spans.push({ text: trimmed, start: offset + start + lead, end: offset + start + lead + trimmed.length })
}
