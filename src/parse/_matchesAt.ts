/**
 * Every match of a pattern, as `matchAll` with its global form gives them, found by trying the
 * pattern only where a match can begin. Where a pattern opens on a lookbehind, the engine cannot
 * skip ahead to its first characters, so a plain search for them is much faster.
 *
 * @param text The text to search.
 * @param pattern The pattern, with the `y` flag.
 * @param starts A global pattern that matches the first character of every place a match of
 *   `pattern` can begin, and only that one character.
 * @returns The matches, in order.
 */
export function* _matchesAt(text: string, pattern: RegExp, starts: RegExp): Generator<RegExpExecArray> {
  const candidates = new RegExp(starts)
  for (let start = candidates.exec(text); start; start = candidates.exec(text)) {
    pattern.lastIndex = start.index
    const match = pattern.exec(text)
    if (!match) continue
    // Note: as in a global search, the next match starts after this one.
    candidates.lastIndex = start.index + Math.max(1, match[0].length)
    yield match
  }
}
