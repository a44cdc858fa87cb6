/**
 * Tells whether a line is prose: eight words or more, with lower case, ending like a sentence.
 *
 * @param text A trimmed line.
 * @returns Whether the line reads as prose.
 */
export function _isProse(text: string): boolean {
  return text.split(' ').length >= 8 && /[.!?"”')]$/.test(text) && /\p{Ll}/u.test(text)
}
