import type { _FactKeywords } from './_factKeywords.js'
import { _namedMatches } from './_namedMatches.js'

/** How to search for one pattern of `_reviewFacts` at the places `_factKeywords` found. */
export interface _Search {
  /** The pattern, with the `y` flag in place of `g`. */
  sticky: RegExp
  /** The places it is tried at. */
  kind: keyof _FactKeywords
  /**
   * For a pattern that opens on a name: the words of its keyword, one of which a place must
   * hold, or the keyword's length where every place holds it (see _namedMatches).
   */
  keyword?: readonly string[] | number
  /**
   * For a pattern that opens on its keyword ("[Dd]irected by"): the words one of which a match
   * holds right after its first letter.
   */
  words?: readonly string[]
  /** Whether the name before the keyword is optional. */
  optional?: boolean
  /**
   * Whether a comma can lie between a match's start and its keyword.
   * Note: no name holds a comma, so only a pattern with one after its name ("Mask, the 1985
   * film", "Bogdanovich, fresh from ..., directs") can have one there.
   */
  comma?: boolean
}

function _holdsWord(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true
  return false
}

/**
 * Visits every match of one pattern of `_reviewFacts`, as `matchAll` with its global form gives
 * them, trying it only at the places of its kind.
 * Note: a callback, not a generator, as a handful of matches cost less than a generator's upkeep.
 *
 * @param text The review.
 * @param search How to search for the pattern.
 * @param keywords The places found in the review.
 * @param found Called with each match, in order; the search stops when it returns `true`.
 */
export function _eachMatch(text: string, search: _Search, keywords: _FactKeywords, found: (match: RegExpExecArray) => boolean | void): void {
  const starts = keywords[search.kind]
  if (search.keyword !== undefined) {
    _namedMatches(text, search.sticky, search.keyword, starts, search, found)
    return
  }
  let floor = 0
  for (const start of starts) {
    // Note: a look at the words is cheaper than a failed search.
    if (start < floor || !_holdsWord(text, start + 1, search.words!)) continue
    search.sticky.lastIndex = start
    const match = search.sticky.exec(text)
    if (!match) continue
    // Note: as in a global search, the next match starts after this one.
    floor = start + Math.max(1, match[0].length)
    if (found(match)) return
  }
}
