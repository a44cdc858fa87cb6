// A capital right after a small letter, or a glued verb or "and" at a word's end.
const MAYBE_GLUED = /\p{Ll}\p{Lu}|\p{Ll}(?:stars|plays|starred|played|and)\b/u

// Surname prefixes whose capital inside the word is the name's own: MacKenzie, McQueen, DeVito.
const PREFIXES = new Set(['Mac', 'Mc', 'De', 'Di', 'Da', 'Du', 'La', 'Le', 'Van', 'Von', 'Fitz', 'St'])

/**
 * Undoes the gluing that scraped pages leave where a link met the text beside it: "Jonathan
 * Montgomery" from "JonathanMontgomery", "Dan Aykroyd" from "Dan Aykroydstars". A capital inside
 * a word splits it unless the part before is a surname prefix (MacKenzie) or shorter than three
 * letters (JoBeth, RuPaul); "stars" or "plays" glued to the last word is the verb that followed
 * the name, and an "and" glued to a later word ends the name.
 *
 * @param name A person's or character's name as read.
 * @returns The name with its words apart.
 */
export function _ungluedName(name: string): string {
  // Note: nearly every name has nothing glued; one search tells.
  if (!MAYBE_GLUED.test(name)) return name
  const words = name.split(' ').flatMap((word) => {
    const glued = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(word)
    return glued && !PREFIXES.has(glued[1]!) ? [glued[1]!, glued[2]!] : [word]
  })
  const last = words.length > 1 ? /^(\p{Lu}\p{Ll}{2,}?)(?:stars|plays|starred|played)$/u.exec(words.at(-1)!) : null
  if (last) words[words.length - 1] = last[1]!
  // Note: "Doug Prayand" is "Doug Pray and ..."; the name ends there. Stems ending in l, r, n or m
  // are names of their own (Holland, Durand, Ferdinand, Armand), and a first word is never cut.
  for (let index = 1; index < words.length; index++) {
    const and = /^(\p{Lu}\p{Ll}+[^\P{Ll}lrnm])and$/u.exec(words[index]!)
    if (and) return [...words.slice(0, index), and[1]!].join(' ')
  }
  return words.join(' ')
}
