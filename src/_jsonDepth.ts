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
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === 92) index++ // backslash: skip the escaped character
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 91 || code === 123) {
      if (++depth > limit) return index
    } else if (code === 93 || code === 125) depth--
  }
  return -1
}
