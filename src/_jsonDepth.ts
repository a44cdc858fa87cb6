/**
 * Measures how deeply JSON text nests arrays and objects, in one linear scan that skips strings,
 * stopping as soon as `limit` is passed so a hostile document costs no more than it must.
 *
 * @param text JSON text, valid or not.
 * @param limit The deepest nesting allowed.
 * @returns The offset of the bracket that goes past `limit`, or `-1` when the text stays within it.
 */
export function _jsonDepth(text: string, limit: number): number {
  let depth = 0
  const length = text.length
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 34) {
      // Note: jump to the closing quote with `indexOf`; a quote after an odd run of backslashes
      // is escaped. Most of a record's text is inside strings, so this skips most of it natively.
      for (;;) {
        const quote = text.indexOf('"', index + 1)
        if (quote === -1) return -1
        let before = quote - 1
        while (text.charCodeAt(before) === 92) before--
        index = quote
        if ((quote - 1 - before) % 2 === 0) break
      }
    } else if (code === 91 || code === 123) {
      if (++depth > limit) return index
    } else if (code === 93 || code === 125) depth--
  }
  return -1
}
