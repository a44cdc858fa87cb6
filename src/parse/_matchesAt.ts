/**
 * Every match of a pattern, as `matchAll` with its global form gives them, found by trying the
 * pattern only where a match can begin. Where a pattern opens on a lookbehind, the engine cannot
 * skip ahead to its first characters, so a plain search for them is much faster.
 *
 * @param text The text to search.
 * @param pattern The pattern, with the `y` flag.
 * @param starts The offsets, in order, of every place a match of `pattern` can begin (see
 *   _startFinder).
 * @returns The matches, in order; an array, which costs less to fill and read than a generator.
 */
export function _matchesAt(text: string, pattern: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  let floor = 0
  for (const start of starts) {
    if (start < floor) continue
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (!match) continue
    // Note: as in a global search, the next match starts after this one.
    floor = start + Math.max(1, match[0].length)
    matches.push(match)
  }
  return matches
}
