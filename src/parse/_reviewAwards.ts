import type { Award } from '../schemas/award.js'
import { _cleanName, _NAME } from './_reviewNames.js'
import type { _ReviewFacts } from './_reviewFacts.js'
import type { _Span } from './_sentences.js'

const BY_PAIR = new RegExp(String.raw`\bby\s+(?<first>${_NAME})\s+and\s+(?<second>${_NAME})`, 'u')
const BY_NAME = new RegExp(String.raw`\bby\s+(?<name>${_NAME})`, 'u')
const AWARD_NAMES: [RegExp, string][] = [
  [/\b(?:academy awards?|oscars?)\b/i, 'Academy Award'],
  [/\bgolden globes?\b/i, 'Golden Globe'],
  [/\bbafta(?: awards?)?\b/i, 'BAFTA Award'],
  [/\bpalme d['’]or\b/i, "Palme d'Or"],
  [/\bcannes(?: film festival)?\b/i, 'Cannes Film Festival'],
  [/\bvenice(?: film festival)?\b/i, 'Venice Film Festival'],
  [/\bberlin(?: international)?(?: film festival)?|golden bear\b/i, 'Berlin International Film Festival'],
  [/\bemmys?(?: awards?)?\b/i, 'Emmy Award'],
  [/\bindependent spirit awards?\b/i, 'Independent Spirit Award'],
  [/\bc[ée]sars?(?: awards?)?\b/i, 'César Award'],
]
// Words every award name holds, so a sentence without any is passed over in one search.
const AWARD_WORDS_SEARCH = /academy award|oscar|golden globe|bafta|palme d|cannes|venice|berlin|golden bear|emmy|independent spirit award|c[ée]sar/gi
// Which of AWARD_NAMES each award word opens, as a bit: a sentence is searched only for
// the awards whose words it holds, not for all ten.
const AWARD_OF_WORD = new Map<string, number>([
  ['academy award', 0], ['oscar', 0], ['golden globe', 1], ['bafta', 2], ['palme d', 3], ['cannes', 4],
  ['venice', 5], ['berlin', 6], ['golden bear', 6], ['emmy', 7], ['independent spirit award', 8], ['césar', 9], ['cesar', 9],
])
const EVERY_AWARD = (1 << AWARD_NAMES.length) - 1
/** The award words, in lower case. */
export const _AWARD_WORDS: readonly string[] = [...AWARD_OF_WORD.keys()]

/** The bits of the AWARD_NAMES a text can name: those whose words it holds. */
function _awardsNamed(text: string): number {
  let bits = 0
  AWARD_WORDS_SEARCH.lastIndex = 0
  for (let match = AWARD_WORDS_SEARCH.exec(text); match; match = AWARD_WORDS_SEARCH.exec(text)) {
    const index = AWARD_OF_WORD.get(match[0].toLowerCase())
    bits |= index === undefined ? EVERY_AWARD : 1 << index
  }
  return bits
}
// Note: built once; the bundle turns this literal into a `new RegExp` on every call.
const CATEGORY = /\b(Best\s+(?:\p{Lu}\p{Ll}+)(?:\s+(?:in\s+a\s+)?\p{Lu}\p{Ll}+)*)/u
// Crafts whose award category the sentence makes plain.
const CRAFT_CATEGORIES: [RegExp, string][] = [
  [/\bmake-?up\b/i, 'Best Makeup'],
  [/\bcinematograph/i, 'Best Cinematography'],
  [/\bcostume/i, 'Best Costume Design'],
  [/\bvisual effects|special effects\b/i, 'Best Visual Effects'],
  [/\bfilm editing|\bedited\b/i, 'Best Film Editing'],
]


/**
 * Reads the awards a sentence of a review says the film won or was nominated for, with their
 * category and recipients, into the facts.
 *
 * @param sentence The sentence and where it starts.
 * @param result The facts so far; the awards and their facts are added.
 * @param whole The whole review, for the actor a pronoun points at.
 */
export function _awards(sentence: _Span, result: _ReviewFacts, whole: string): void {
  const text = sentence.text
  const named = _awardsNamed(text)
  if (named === 0) return
  for (let index = 0; index < AWARD_NAMES.length; index++) {
    if ((named & (1 << index)) === 0) continue
    const [pattern, name] = AWARD_NAMES[index]!
    const match = pattern.exec(text)
    if (!match) continue
    if (name === 'Cannes Film Festival' && result.awards.some((award) => award.name === "Palme d'Or")) continue
    const award: Award = { name }
    const clause = text
    if (/\bnominat\w+|\bnod\b/i.test(clause)) award.result = 'nominated'
    else if (/\b(?:won|wins?|winning|earn(?:ed|ing)?|took home|received|awarded|garnered|nabbed|brought|snagged)\b/i.test(clause)) award.result = 'won'
    else continue
    const category = CATEGORY.exec(clause)?.[1]
    if (category) award.category = category
    else {
      for (const [craft, label] of CRAFT_CATEGORIES) {
        if (craft.test(clause)) {
          award.category = label
          break
        }
      }
    }
    // Note: the recipients do not decide whether the award is new, so they are read only for a new one.
    if (result.awards.some((other) => other.name === award.name && other.category === award.category)) continue
    const recipients = _recipients(text, match.index, result, whole.slice(0, sentence.start + match.index))
    if (recipients.length > 0) award.recipients = recipients
    result.awards.push(award)
    const what = `the ${award.name}${award.category ? ` for ${award.category}` : ''} (${award.result})`
    result.facts.push({ path: `awards.${result.awards.length - 1}`, what, start: sentence.start + match.index })
  }
}

/**
 * Offsets of the award words in a text, so that only the sentences holding one are read.
 *
 * @param text The text to search.
 * @returns The offsets, in order.
 */
export function _awardWords(text: string): number[] {
  const words: number[] = []
  AWARD_WORDS_SEARCH.lastIndex = 0
  for (let match = AWARD_WORDS_SEARCH.exec(text); match; match = AWARD_WORDS_SEARCH.exec(text)) words.push(match.index)
  return words
}

/** Who received an award: "by X and Y that earned them", or "earning her" after a named actor. */
function _recipients(text: string, at: number, result: _ReviewFacts, earlier: string): string[] {
  const before = text.slice(0, at)
  // Note: both patterns open on "by", which most sentences do not hold.
  const hasBy = before.includes('by')
  const pair = hasBy ? BY_PAIR.exec(before) : null
  if (pair) return [pair.groups!.first!, pair.groups!.second!].map((name) => _cleanName(name)).filter((name): name is string => !!name)
  const by = hasBy ? BY_NAME.exec(before) : null
  if (by) {
    const name = _cleanName(by.groups!.name!)
    if (name && name.includes(' ')) return [name]
  }
  if (!/\b(?:her|him|he|she)\b/i.test(before)) return []
  // Note: the pronoun points at the actor the text named last before it, within 400 characters,
  // so only the last 399 are searched.
  let last: { name: string; at: number } | undefined
  const end = earlier.length
  const offset = Math.max(0, end - 399)
  const surnames = result.cast.map((credit) => credit.name.slice(credit.name.lastIndexOf(' ') + 1))
  const counts = new Map<string, number>()
  for (const surname of surnames) counts.set(surname, (counts.get(surname) ?? 0) + 1)
  result.cast.forEach((credit, index) => {
    const surname = surnames[index]!
    // Note: an actor's surname ends every mention of the full name, so it is found last and the
    // full name need not be searched, unless another actor shares the surname.
    const found = _lastWithin(earlier, counts.get(surname)! > 1 ? credit.name : surname, offset, end)
    if (found !== -1 && (!last || found > last.at)) last = { name: credit.name, at: found }
  })
  return last ? [last.name] : []
}

/**
 * Where `word` last stands wholly between `from` and `end` in `text`, or -1: `lastIndexOf` on
 * that stretch, by forward searches; `lastIndexOf` is a call into the runtime, and was a fifth of
 * the time the awards of a sentence took.
 */
function _lastWithin(text: string, word: string, from: number, end: number): number {
  let last = -1
  for (let at = text.indexOf(word, from); at !== -1 && at + word.length <= end; at = text.indexOf(word, at + 1)) last = at
  return last
}
