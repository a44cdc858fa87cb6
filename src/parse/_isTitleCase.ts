/**
 * Tells whether most of a line's longer words start with a capital, as headlines do.
 *
 * @param text A trimmed line.
 * @returns Whether at least 60% of its words over three letters are capitalised.
 */
export function _isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((word) => word.length > 3)
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.6
}
