import { _hasWord } from './_hasWord.js'
import { _isWordCode } from './_isWordCode.js'

/**
 * Cuts a word that a scraped page glued to the end of a name ("Alan Tayloroffers"), when the text
 * names the person elsewhere without it ("Taylor") and never writes the glued form again.
 *
 * @param name A name of two words or more, as read.
 * @param text The whole text it was read from.
 * @returns The name, its last word cut back to the form the text uses elsewhere.
 */
export function _gluedTail(name: string, text: string): string {
  const space = name.lastIndexOf(' ')
  const last = name.slice(space + 1)
  if (space === -1 || last.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(last)) return name
  // Note: the glued form and every stem tried begin with its first three letters, so one search
  // for those finds every place where any of them stands.
  const head = last.slice(0, 3)
  const places: number[] = []
  for (let at = text.indexOf(head), seen = 0; at !== -1; at = text.indexOf(head, at + 1)) {
    if (text.startsWith(last, at) && ++seen > 1) return name
    places.push(at)
  }
  // Note: the longest stem of three letters or more that stands as a word of its own wins; a
  // stem the text also writes in lower case is a common word at the start of a sentence ("And").
  for (let end = last.length - 2; end >= 3; end--) {
    const stem = last.slice(0, end)
    if (_mayStand(text, stem, places) && _hasWord(text, stem) && !_hasWord(text, stem.toLowerCase())) {
      return `${name.slice(0, space + 1)}${stem}`
    }
  }
  return name
}

/**
 * Whether a stem can stand as a word at one of `places`, the only places it occurs: where a word
 * character ends it and another follows, it is part of a longer word.
 */
function _mayStand(text: string, stem: string, places: readonly number[]): boolean {
  const endsInWord = _isWordCode(stem.charCodeAt(stem.length - 1))
  for (const at of places) {
    if (text.startsWith(stem, at) && !(endsInWord && _isWordCode(text.charCodeAt(at + stem.length)))) return true
  }
  return false
}
