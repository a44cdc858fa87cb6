/** Where the name-led facts of a review can be, each list in order. */
export interface _FactKeywords {
  /** Where a match of a directing pattern can begin: before "irect" ("[Dd]irected by"), at "helm". */
  directing: number[]
  /** Where a match of a writing pattern can begin: before "cri" or "cre" ("[Ss]cript", "[Ss]creen"), at "[Ww]rit". */
  writing: number[]
  /** Every `\sas(?=\s)`, as a global search finds them. */
  as: number[]
  /** Every `\s\(`, as a global search finds them. */
  parens: number[]
  /** Every `(?:1[89]|20)(?=\d\d)`, as a global search finds them. */
  years: number[]
}

// Note: a year is taken as its first two digits, which never start another year, so every year is
// found, even one that overlaps another ("202020"). No other word holds the letter before a word
// that counts ("[Dd]irect", "[Ss]cr", "[Ww]rit", "helm") or the white space before "as" or "(", and
// a match of " as" is followed by white space, so no word hides one that counts.
// Note: words that take in their letters ("cri") make a faster search than ones that look ahead.
const KEYWORDS = /\s(?:as(?=\s)|\()|irect|helm|cr[ie]|[Ww]rit|(?:1[89]|20)(?=\d\d)/g

/**
 * Finds, in one pass, the places where the directing, writing, cast and title patterns of
 * `_reviewFacts` can match; each pattern is then tried only there, instead of each searching the
 * whole text.
 *
 * @param text The review.
 * @returns The places, by kind.
 */
export function _factKeywords(text: string): _FactKeywords {
  const found: _FactKeywords = { directing: [], writing: [], as: [], parens: [], years: [] }
  KEYWORDS.lastIndex = 0
  while (KEYWORDS.test(text)) {
    // Note: the last character of a match tells which word it is, and so where it began.
    const end = KEYWORDS.lastIndex
    const last = text.charCodeAt(end - 1)
    if (last === 0x74) {
      // Note: "irect" or "[Ww]rit"; the directing patterns begin one character before "irect".
      if (text.charCodeAt(end - 2) === 0x63) {
        if (end >= 6) found.directing.push(end - 6)
      } else found.writing.push(end - 4)
    } else if (last === 0x6d) found.directing.push(end - 4)
    else if (last === 0x69 || last === 0x65) {
      if (end >= 4) found.writing.push(end - 4)
    } else if (last === 0x73) found.as.push(end - 3)
    else if (last === 0x28) found.parens.push(end - 2)
    else found.years.push(end - 2)
  }
  return found
}
