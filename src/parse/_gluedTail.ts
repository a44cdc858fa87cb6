import { _hasWord } from './_hasWord.js'

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
  if (space === -1 || last.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(last) || text.indexOf(last) !== text.lastIndexOf(last)) return name
  // Note: the longest stem of three letters or more that stands as a word of its own wins; a
  // stem the text also writes in lower case is a common word at the start of a sentence ("And").
  for (let end = last.length - 2; end >= 3; end--) {
    const stem = last.slice(0, end)
    if (_hasWord(text, stem) && !_hasWord(text, stem.toLowerCase())) return `${name.slice(0, space + 1)}${stem}`
  }
  return name
}
