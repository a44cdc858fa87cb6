import { _isWordCode } from './_isWordCode.js'

/** Where the matches of one pattern can begin. */
export interface _Starts {
  /** The characters a match can begin with, each matched as written. */
  characters: string
  /** Lower-case words a match can begin with, matched in any ASCII case where a word starts (`\b`). */
  words: readonly string[]
  /**
   * Whether a match cannot begin with one of `characters` just after a word character
   * (`[A-Za-z0-9_]`), as when its pattern opens on `(?<![\w])`; default false.
   */
  notAfterWord?: boolean
  /** Whether a match cannot begin with one of `characters` just after an ASCII digit; default false. */
  notAfterDigit?: boolean
  /** Whether a match can begin with an "i" before an apostrophe or white space ("I'd", "I give"). */
  i?: boolean
  /**
   * Lower-case words a match can begin with only before white space and one of the given words,
   * as "the" in "the grade"; matched in any ASCII case where a word starts.
   */
  leads?: Readonly<Record<string, readonly string[]>>
}

/** A word of `leads`, with the white space and words that must follow it as a sticky pattern. */
interface _Lead {
  rest: string
  follow: RegExp
  bits: number
}

// Note: `| 0x20` turns an ASCII capital into its small letter; the words hold only letters.
function _startsWith(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false
  for (let index = 0; index < word.length; index++) if ((text.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false
  return true
}

function _escape(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&')
}

/**
 * Prepares one search for the places where the matches of several patterns can begin. A global
 * search for each pattern's first character (`[0-9½]|\b(?:t(?=wo|hree))` with the `i` flag, say)
 * costs a pass over the text; this makes one pass with a pattern that matches one character
 * wherever any of them does, then sorts each place to the patterns that can begin there.
 *
 * @param kinds For each pattern, where its matches can begin; at most 31.
 * @returns A function giving, for a text, the offsets where each pattern's matches can begin, in order.
 */
export function _startFinder(kinds: readonly _Starts[]): (text: string) => number[][] {
  const characters = new Map<string, number>()
  // Note: `words[l]` lists the rest of each word starting with letter `l` (0 for "a"), with its bits.
  const words: Map<string, number>[] = Array.from({ length: 26 }, () => new Map())
  const leads: _Lead[][] = Array.from({ length: 26 }, () => [])
  let lone = 0
  let notAfterWord = 0
  let notAfterDigit = 0
  kinds.forEach((kind, index) => {
    const bit = 1 << index
    if (kind.notAfterWord) notAfterWord |= bit
    if (kind.notAfterDigit) notAfterDigit |= bit
    for (const character of kind.characters) characters.set(character, (characters.get(character) ?? 0) | bit)
    for (const word of kind.words) {
      const rest = words[word.charCodeAt(0) - 0x61]!
      rest.set(word.slice(1), (rest.get(word.slice(1)) ?? 0) | bit)
    }
    for (const [word, next] of Object.entries(kind.leads ?? {})) {
      const follow = new RegExp(String.raw`\s+(?:${next.join('|')})`, 'iy')
      leads[word.charCodeAt(0) - 0x61]!.push({ rest: word.slice(1), follow, bits: bit })
    }
    if (kind.i) lone |= bit
  })
  const branches: string[] = []
  words.forEach((rest, letter) => {
    const ahead = [...rest.keys(), ...leads[letter]!.map((lead) => lead.rest + lead.follow.source)]
    if (letter === 8 && lone) ahead.push(String.raw`['’\s]`)
    if (ahead.length > 0) branches.push(`${String.fromCharCode(0x61 + letter)}(?=${ahead.join('|')})`)
  })
  // Note: every match ends just past the one character it finds. A word's first letter is found
  // with the character before it, as `(?:^|[^a-z0-9_])`, which searches a sixth faster than
  // `\b`; that character may be one of `characters` the search then steps over ("★one").
  const alternatives = [...(branches.length > 0 ? [`(?:^|[^a-z0-9_])(?:${branches.join('|')})`] : []), ...(characters.size > 0 ? [`[${_escape([...characters.keys()].join(''))}]`] : [])]
  const search = new RegExp(alternatives.join('|') || '(?!)', 'gi')
  // Note: looping over an array builds nothing per place, where a map's entries would.
  const rests = words.map((rest) => [...rest])

  // Note: the masks of the characters by code unit, read without building a one-character string.
  const codeMasks = new Map<number, number>()
  for (const [character, mask] of characters) if (character.length === 1) codeMasks.set(character.charCodeAt(0), mask)
  const characterMask = (text: string, at: number): number => {
    const mask = codeMasks.get(text.charCodeAt(at)) ?? 0
    if (mask === 0 || at === 0) return mask
    // Note: the digits of "1973" after its first are no place for a rating to begin.
    const before = text.charCodeAt(at - 1)
    if (!_isWordCode(before)) return mask
    return before >= 0x30 && before <= 0x39 ? mask & ~notAfterWord & ~notAfterDigit : mask & ~notAfterWord
  }

  return (text) => {
    const starts: number[][] = kinds.map(() => [])
    search.lastIndex = 0
    for (let from = 0; search.test(text); from = search.lastIndex) {
      const at = search.lastIndex - 1
      let mask = characterMask(text, at)
      const letter = (text.charCodeAt(at) | 0x20) - 0x61
      if (mask === 0 && letter >= 0 && letter < 26) {
        // Note: the character the match took before the letter may be a place of its own.
        if (at - 1 >= from) {
          for (let before = characterMask(text, at - 1), index = 0; before !== 0; index++, before >>>= 1) {
            if (before & 1) starts[index]!.push(at - 1)
          }
        }
        for (const [rest, bits] of rests[letter]!) if (_startsWith(text, at + 1, rest)) mask |= bits
        for (const lead of leads[letter]!) {
          if (!_startsWith(text, at + 1, lead.rest)) continue
          lead.follow.lastIndex = at + 1 + lead.rest.length
          if (lead.follow.test(text)) mask |= lead.bits
        }
        if (letter === 8 && lone && /['’\s]/.test(text[at + 1] ?? '')) mask |= lone
      }
      for (let index = 0; mask !== 0; index++, mask >>>= 1) if (mask & 1) starts[index]!.push(at)
    }
    return starts
  }
}
