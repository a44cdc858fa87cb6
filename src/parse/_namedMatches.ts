// ASCII characters a name and the words between it and its keyword can hold: letters, white
// space, periods, quotes, apostrophes and hyphens. Commas are counted apart; every other
// character outside ASCII is let through.
const ALLOWED = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  const character = String.fromCharCode(code)
  ALLOWED[code] = /[A-Za-z\t\n\v\f\r .'"-]/.test(character) ? 1 : 0
}
const CAPITAL = /\p{Lu}/gu

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
  const capitals = new RegExp(CAPITAL)
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
    capitals.lastIndex = Math.max(start, floor)
    for (let capital = capitals.exec(text); capital && capital.index < end; capital = capitals.exec(text)) {
      pattern.lastIndex = capital.index
      const match = pattern.exec(text)
      if (!match) continue
      floor = capital.index + match[0].length
      capitals.lastIndex = floor
      yield match
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
