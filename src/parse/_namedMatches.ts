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
 * Offset of the first capital letter (`\p{Lu}`) at or after `from` and before `end`, or -1;
 * `/\p{Lu}/gu` finds the same, but this allocates no match per capital.
 */
function _nextCapital(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return at
      continue
    }
    CAPITAL.lastIndex = at
    if (CAPITAL.test(text)) return at
    // Note: a surrogate pair is one character; its second half starts nothing.
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1)
      if (next >= 0xdc00 && next <= 0xdfff) at++
    }
  }
  return -1
}

/**
 * Every match of a pattern that opens on a name, as `matchAll` with the global pattern gives
 * them, found by trying the pattern only at the capitals shortly before each keyword: between
 * the start of a match and its keyword lie only letters, white space, periods, quotes,
 * apostrophes, hyphens and at most one comma. The keyword search is linear, and each character
 * is looked at once, so the whole search stays linear.
 *
 * @param text The text to search.
 * @param pattern The pattern, with the `u` and `y` flags; its matches start with a capital.
 * @param keyword A global pattern for the keyword every match holds after its first name.
 * @param optional Whether the name is optional, so a match can also start at the keyword; default `false`.
 * @returns The matches, in order.
 */
export function* _namedMatches(text: string, pattern: RegExp, keyword: RegExp, optional = false): Generator<RegExpExecArray> {
  let floor = 0
  let covered = 0
  for (let from = 0; ; ) {
    keyword.lastIndex = from
    const found = keyword.exec(text)
    if (!found) return
    const end = found.index
    from = end + Math.max(1, found[0].length)
    let start = end
    let commas = 0
    while (start > covered) {
      const code = text.charCodeAt(start - 1)
      if (code === 0x2c ? ++commas > 1 : code < 0x80 && ALLOWED[code] === 0) break
      start--
    }
    covered = end
    for (let capital = _nextCapital(text, Math.max(start, floor), end); capital !== -1; ) {
      pattern.lastIndex = capital
      const match = pattern.exec(text)
      if (match) {
        floor = capital + match[0].length
        yield match
      }
      const after = match ? floor : capital + (text.codePointAt(capital)! > 0xffff ? 2 : 1)
      capital = _nextCapital(text, after, end)
    }
    if (optional && end >= floor) {
      pattern.lastIndex = end
      const match = pattern.exec(text)
      if (match) {
        floor = end + match[0].length
        yield match
      }
    }
  }
}
