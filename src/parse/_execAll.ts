/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them for a pattern whose
 * `lastIndex` is 0, without the copy of the pattern that `matchAll` builds on every call. The
 * search runs on the pattern itself: its `lastIndex` is set to 0 first, so a pattern must not be
 * searched again before its matches are read.
 *
 * @param text The text to search.
 * @param pattern A pattern with the `g` flag.
 * @returns The matches, in order.
 */
export function* _execAll(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // Note: as `matchAll` does, an empty match moves the search on by one character.
    if (match[0] === '') pattern.lastIndex = _advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'))
    yield match
  }
}

function _advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1
}
