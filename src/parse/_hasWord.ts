import { _isWordCode } from './_isWordCode.js'

/**
 * Tells whether a text holds a word as `new RegExp(`\\b${escaped word}\\b`).test(text)` would,
 * without building a pattern: each place the word occurs is checked for a word boundary on both
 * sides.
 *
 * @param text The text to search.
 * @param word The word.
 * @returns Whether the word occurs with a word boundary before and after it.
 */
export function _hasWord(text: string, word: string): boolean {
  // Note: an empty word matches at any word boundary, and a text has one where it has a word character.
  if (word === '') return /\w/.test(text)
  const first = _isWordCode(word.charCodeAt(0))
  const last = _isWordCode(word.charCodeAt(word.length - 1))
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length
    // Note: outside the text counts as a non-word character, as it does for `\b`.
    const before = at > 0 && _isWordCode(text.charCodeAt(at - 1))
    const after = end < text.length && _isWordCode(text.charCodeAt(end))
    if (before !== first && after !== last) return true
  }
  return false
}
