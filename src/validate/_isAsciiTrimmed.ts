/**
 * Whether text is ASCII and starts and ends with a visible character, so that `text.trim()` is the
 * text itself and `text.toLowerCase()` changes only the letters A to Z, each by adding 32: then a
 * loop can read the folded key of a name or title without building it.
 *
 * @param text A string.
 * @returns Whether the text folds letter by letter.
 */
export function _isAsciiTrimmed(text: string): boolean {
  const length = text.length
  if (length === 0 || text.charCodeAt(0) <= 32 || text.charCodeAt(length - 1) <= 32) return false
  for (let index = 0; index < length; index++) if (text.charCodeAt(index) > 127) return false
  return true
}
