// ASCII characters a name and the words between it and its keyword can hold: letters, white
// space, periods, quotes, apostrophes and hyphens. Commas are counted apart; every other
// character outside ASCII is let through.
const ALLOWED = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  const character = String.fromCharCode(code)
  ALLOWED[code] = /[A-Za-z\t\n\v\f\r .'"-]/.test(character) ? 1 : 0
}
// Note: tried as a sticky pattern only at code units outside ASCII, where it also reads a
// surrogate pair as one character.
const CAPITAL = /\p{Lu}/uy

/**
 * Collects, last first, and counts the offsets of the capital letters (`\p{Lu}`) a match holding
 * the keyword at `end` can start at: it walks back from `end` over what can lie between the start
 * of a match and its keyword, `commas` commas at most, down to `floor` at most. `/\p{Lu}/gu` finds
 * the same capitals, but this allocates no match per capital and reads each character once.
 */
function _capitalsBefore(text: string, end: number, floor: number, commas: number, capitals: number[]): number {
  let count = 0
  let at = end
  while (at > floor) {
    const code = text.charCodeAt(at - 1)
    if (code < 0x80) {
      if (code === 0x2c ? --commas < 0 : ALLOWED[code] === 0) break
      at--
      if (code >= 0x41 && code <= 0x5a) capitals[count++] = at
      continue
    }
    at--
    // Note: a surrogate pair is one character, read from its first half; its second half starts nothing.
    if (code >= 0xdc00 && code <= 0xdfff && at > floor) {
      const before = text.charCodeAt(at - 1)
      if (before >= 0xd800 && before <= 0xdbff) continue
    }
    CAPITAL.lastIndex = at
    if (CAPITAL.test(text)) capitals[count++] = at
  }
  return count
}

/** The length of the first of `words` that stands at `at`, or 0. */
function _wordAt(text: string, at: number, words: readonly string[]): number {
  for (const word of words) if (text.startsWith(word, at)) return word.length
  return 0
}

/**
 * Visits every match of a pattern that opens on a name, as `matchAll` with the global pattern
 * gives them, found by trying the pattern only at the capitals shortly before each keyword:
 * between the start of a match and its keyword lie only letters, white space, periods, quotes,
 * apostrophes, hyphens and, where the pattern allows one, a comma. Each character is looked at
 * once, so the whole search stays linear.
 *
 * @param text The text to search.
 * @param pattern The pattern, with the `u` and `y` flags; its matches start with a capital.
 * @param keyword The words, one of which is the keyword every match holds after its first name, or
 *   the keyword's length where one begins at every offset of `starts`.
 * @param starts The offsets, in order, of every place the keyword can begin; a global search for
 *   it from any offset finds the first of them where one of the words stands.
 * @param options `optional`: whether the name is optional, so a match can also start at the
 *   keyword; `comma`: whether a comma can lie between the start of a match and its keyword. Both
 *   default to `false`.
 * @param found Called with each match, in order; the search stops when it returns `true`.
 */
export function _namedMatches(
  text: string,
  pattern: RegExp,
  keyword: readonly string[] | number,
  starts: readonly number[],
  { optional = false, comma = false }: { optional?: boolean; comma?: boolean },
  found: (match: RegExpExecArray) => boolean | void,
): void {
  let floor = 0
  let covered = 0
  let next = 0
  const capitals: number[] = []
  for (let from = 0; ; ) {
    let end = -1
    let length = 0
    while (next < starts.length) {
      const at = starts[next++]!
      if (at < from) continue
      length = typeof keyword === 'number' ? keyword : _wordAt(text, at, keyword)
      if (length === 0) continue
      end = at
      break
    }
    if (end === -1) return
    from = end + Math.max(1, length)
    // Note: a capital before `floor` lies inside a match already read.
    const count = _capitalsBefore(text, end, Math.max(covered, floor), comma ? 1 : 0, capitals)
    covered = end
    for (let index = count - 1; index >= 0; index--) {
      const capital = capitals[index]!
      if (capital < floor) continue
      pattern.lastIndex = capital
      const match = pattern.exec(text)
      if (match) {
        floor = capital + match[0].length
        if (found(match)) return
      }
    }
    if (optional && end >= floor) {
      pattern.lastIndex = end
      const match = pattern.exec(text)
      if (match) {
        floor = end + match[0].length
        if (found(match)) return
      }
    }
  }
}
