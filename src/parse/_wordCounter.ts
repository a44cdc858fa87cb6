import { _isSpaceCode } from './_isSpaceCode.js'

// The characters a prefix is written in: the letters (either case), then space, hyphen and
// apostrophe, which the patterns write literally ("the film opens", "must-see", "don't miss").
const SYMBOLS = 29
const SYMBOL = new Int8Array(128).fill(-1)
for (let letter = 0; letter < 26; letter++) {
  SYMBOL[0x61 + letter] = letter
  SYMBOL[0x41 + letter] = letter
}
SYMBOL[0x20] = 26
SYMBOL[0x2d] = 27
SYMBOL[0x27] = 28

// What each ASCII code unit is: a word character of `\b` (`[A-Za-z0-9_]`), white space of `\s`, or neither.
const WORD_KIND = 1
const SPACE_KIND = 2
const KIND = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  const character = String.fromCharCode(code)
  KIND[code] = /\w/.test(character) ? WORD_KIND : /\s/.test(character) ? SPACE_KIND : 0
}

const ENCODER = new TextEncoder()
// The longest paragraph whose bytes the counter keeps a buffer for.
const KEPT_BYTES = 1 << 16

const NON_ASCII = /[\u0080-\uffff]/

/**
 * The literal text each alternative of a `\b(?:one|two)\b` pattern (flags `gi`) starts with, in
 * lower case, or `undefined` when the pattern has another shape or an alternative that starts
 * otherwise.
 */
function _prefixes(pattern: RegExp): string[] | undefined {
  const body = /^\\b\(\?:(.*)\)\\b$/s.exec(pattern.source)?.[1]
  if (body === undefined || pattern.flags !== 'gi') return undefined
  const words: string[] = []
  let depth = 0
  let start = 0
  for (let at = 0; at < body.length; at++) {
    const character = body[at]
    if (character === '\\') at++
    else if (character === '(' || character === '[') depth++
    else if (character === ')' || character === ']') depth--
    else if (character === '|' && depth === 0) {
      words.push(body.slice(start, at))
      start = at + 1
    }
  }
  words.push(body.slice(start))
  const prefixes: string[] = []
  for (const word of words) {
    let literal = /^[a-z '-]*/.exec(word)![0]
    // Note: a character under a quantifier ("s?") may be missing from the text.
    if (/^[?*+{]/.test(word.slice(literal.length))) literal = literal.slice(0, -1)
    if (!/^[a-z]/.test(literal)) return undefined
    prefixes.push(literal)
  }
  return prefixes
}

/**
 * Prepares a counter of word patterns over one text. Every match of a `\b(?:one|two)\b` pattern
 * starts a word with the literal text of one of its alternatives ("friend" for "friends?", "the
 * film opens"), so a prefix tree of them tells where each pattern can match, and the pattern runs
 * only there, as a sticky copy. A pattern of another shape is searched whole.
 *
 * @param patterns Global patterns, at most 31.
 * @returns A function giving, for a text, how many matches each pattern has there, as
 *   `text.match(pattern).length` counts them; then how many pieces `text.split(/\s+/)` gives: one
 *   more than the runs of white space; then, for each pattern, a place no match of it starts
 *   before: the first word that starts with one of its prefixes (0 for a pattern of another
 *   shape), or the text's length. The same array is filled again by the next call.
 */
export function _wordCounter(patterns: readonly RegExp[]): (text: string) => number[] {
  // The prefix tree: while it is built, node `n` has its child for symbol `s` at
  // `tree[n * SYMBOLS + s]`, 0 for none (the root, node 0, is no one's child); bit `k` of
  // `masks[n]` is set when pattern `k` has an alternative whose prefix ends at node `n`.
  const sticky = patterns.map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', 'y')))
  const unindexed: number[] = []
  const tree: number[] = []
  const nodeMasks: number[] = [0]
  patterns.forEach((pattern, index) => {
    const prefixes = _prefixes(pattern)
    if (!prefixes) {
      unindexed.push(index)
      return
    }
    for (const prefix of prefixes) {
      let node = 0
      for (let at = 0; at < prefix.length; at++) {
        const slot = node * SYMBOLS + SYMBOL[prefix.charCodeAt(at)]!
        if (!tree[slot]) {
          tree[slot] = nodeMasks.length
          nodeMasks.push(0)
        }
        node = tree[slot]!
      }
      nodeMasks[node] = nodeMasks[node]! | (1 << index)
    }
  })
  // Note: the walks read the children by code unit, `children[n * 128 + code]`, so no code unit is
  // first turned into its symbol; a smaller array of them is read faster.
  const children = nodeMasks.length <= 0x10000 ? new Uint16Array(nodeMasks.length * 128) : new Int32Array(nodeMasks.length * 128)
  for (let node = 0; node < nodeMasks.length; node++) {
    for (let code = 0; code < 128; code++) {
      const symbol = SYMBOL[code]!
      if (symbol !== -1) children[node * 128 + code] = tree[node * SYMBOLS + symbol] ?? 0
    }
  }
  const masks = Int32Array.from(nodeMasks)

  // Note: one paragraph after another is counted, so the arrays are built once and cleared per text.
  const counts: number[] = [...patterns.map(() => 0), 0, ...patterns.map(() => 0)]
  const free: number[] = patterns.map(() => 0)
  const starts = patterns.length + 1
  let bytes = new Uint8Array(1024)
  return (text) => {
    // Note: a loop clears arrays this short faster than a call of `fill`.
    for (let index = 0; index < starts; index++) counts[index] = 0
    for (let index = starts; index < counts.length; index++) counts[index] = text.length
    for (let index = 0; index < free.length; index++) free[index] = 0
    let runs = 0
    let previous = 0
    const length = text.length
    // Note: the buffer grows to twice the longest paragraph, but is not kept for a very long one.
    if (bytes.length < length && length <= KEPT_BYTES) bytes = new Uint8Array(length * 2)
    const view = bytes.length < length ? new Uint8Array(length) : bytes
    const { read, written } = ENCODER.encodeInto(text, view)
    // Note: up to the first code unit past ASCII, the bytes stand where the code units do and are
    // read faster than the code units of a string cut from a longer one; a NUL there ends the walks.
    const ascii = read === length && written === length ? length : text.search(NON_ASCII)
    if (ascii < length) view[ascii] = 0
    let at = 0
    for (; at < ascii; at++) {
      const kind = KIND[view[at]!]!
      if (kind !== previous) {
        if (kind === SPACE_KIND) runs++
        // Note: the letters the walk read make no change of kind, so the scan skips them.
        else if (kind === WORD_KIND) at = _tryBytes(text, view, at, children, masks, sticky, counts, starts, free) - 1
        previous = kind
      }
    }
    for (; at < length; at++) {
      const code = text.charCodeAt(at)
      const kind = code < 0x80 ? KIND[code]! : _isSpaceCode(code) ? SPACE_KIND : 0
      // Note: a run of white space counts where it starts; a word is tried where it starts.
      if (kind !== previous) {
        if (kind === SPACE_KIND) runs++
        else if (kind === WORD_KIND) _tryWord(text, at, children, masks, sticky, counts, starts, free)
        previous = kind
      }
    }
    for (const index of unindexed) {
      counts[index] = text.match(patterns[index]!)?.length ?? 0
      counts[starts + index] = 0
    }
    counts[patterns.length] = runs + 1
    return counts
  }
}

/** Runs the patterns whose prefixes the word at `at` starts with, counting their matches. */
function _tryWord(text: string, at: number, children: Uint16Array | Int32Array, masks: Int32Array, sticky: RegExp[], counts: number[], starts: number, free: number[]): void {
  let mask = 0
  let node = 0
  for (let next = at; next < text.length; next++) {
    const code = text.charCodeAt(next)
    if (code >= 0x80) break
    node = children[node * 128 + code]!
    if (node === 0) break
    mask |= masks[node]!
  }
  _runPatterns(text, at, mask, sticky, counts, starts, free)
}

/** Runs the patterns of `mask` at the word starting at `at`, counting their matches and noting where the first could start. */
function _runPatterns(text: string, at: number, mask: number, sticky: RegExp[], counts: number[], starts: number, free: number[]): void {
  for (let index = 0; mask !== 0; index++, mask >>>= 1) {
    if ((mask & 1) === 0) continue
    if (counts[starts + index] === text.length) counts[starts + index] = at
    if (at < free[index]!) continue
    // Note: a sticky pattern's `test` leaves `lastIndex` just past its match.
    const pattern = sticky[index]!
    pattern.lastIndex = at
    if (pattern.test(text)) {
      counts[index]!++
      free[index] = pattern.lastIndex
    }
  }
}

/**
 * `_tryWord` for an ASCII text, reading its code units from `bytes`.
 *
 * @returns Where the letters the walk read from `at` end, so the scan may go on from there.
 */
function _tryBytes(text: string, bytes: Uint8Array, at: number, children: Uint16Array | Int32Array, masks: Int32Array, sticky: RegExp[], counts: number[], starts: number, free: number[]): number {
  let mask = 0
  let node = 0
  let lettersEnd = -1
  let next = at
  for (; next < text.length; next++) {
    const code = bytes[next]!
    node = children[node * 128 + code]!
    if (node === 0) break
    // Note: the letters end at the first space, hyphen or apostrophe of a prefix (all below "A").
    if (code < 0x41 && lettersEnd === -1) lettersEnd = next
    mask |= masks[node]!
  }
  // Note: most words start no prefix at all.
  if (mask !== 0) _runPatterns(text, at, mask, sticky, counts, starts, free)
  return lettersEnd === -1 ? next : lettersEnd
}
