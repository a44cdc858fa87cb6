/**
 * Writes a regular expression alternation of words as a tree of shared prefixes, longest word
 * first wherever one word begins another. It matches what `words.sort(longest first).join('|')`
 * matches, but the engine tries one branch per character instead of every word in turn, which
 * makes a list of a thousand names many times faster to search.
 *
 * @param words The words, in the case the pattern is written in (match other cases with `i`).
 * @param escape Escapes one character for use in a pattern.
 * @returns The pattern source, a non-capturing group; `(?!)` for no words.
 */
export function _trieAlternation(words: readonly string[], escape: (character: string) => string): string {
  type Node = Map<string, Node> & { end?: boolean }
  const root: Node = new Map()
  for (const word of words) {
    let node = root
    for (const character of word) {
      let next = node.get(character)
      if (!next) {
        next = new Map()
        node.set(character, next)
      }
      node = next
    }
    node.end = true
  }
  const write = (node: Node): string => {
    const branches = [...node].map(([character, next]) => escape(character) + write(next))
    // Note: the word ending here comes last, so a longer word through this node wins.
    if (node.end && branches.length > 0) branches.push('')
    if (branches.length === 0) return ''
    return branches.length === 1 && !node.end ? (branches[0] as string) : `(?:${branches.join('|')})`
  }
  return root.size === 0 ? '(?!)' : `(?:${write(root)})`
}
