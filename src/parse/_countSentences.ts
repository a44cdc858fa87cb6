/**
 * Counts the sentences of a text roughly: ends of sentence before a capital, plus one.
 *
 * @param text A trimmed text.
 * @returns The number of sentences, at least `1`.
 */
export function _countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length
}
