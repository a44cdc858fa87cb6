import type { CastCredit } from '../schemas/castCredit.js'
import type { Goof, QuoteLine } from '../schemas/film.js'
import type { ReviewRating } from '../schemas/review.js'
import { _readNumber } from './_money.js'
import { _isName } from './_values.js'

// Goof categories of film sites, as written before the colon.
const GOOF_CATEGORIES =
  /^(?:anachronisms?|continuity|factual errors?|revealing mistakes?|errors? in geography|crew or equipment visible|plot holes?|audio\/visual unsynchronized|character errors?|incorrectly regarded as goofs?|miscellaneous|boom mic visible|visible crew\/equipment|goofs?|mistakes?)$/i

/**
 * Reads "Name - Character", "Name ... Character" or "Name as Character", with "(as Other Name)"
 * for the name in the credits.
 *
 * @param line One line of a cast list.
 * @returns The credit, or `undefined` when the line is no cast line.
 */
export function _readCastLine(line: string): CastCredit | undefined {
  const match = /^(.+?)(?<!\s)\s+(?:-|–|—|\.\.\.|…|as)\s+(\S.*)$/.exec(line.replace(/(?<!\s)\s*\t\s*/g, ' '))
  if (!match) return undefined
  const name = match[1]!.trim()
  if (!_isName(name)) return undefined
  return _withCharacter({ name }, match[2]!)
}

/**
 * Adds a character to a credit, reading "(as Kelly Minter)" as the credited name and dropping
 * notes such as "(voice)" or "(uncredited)".
 *
 * @param credit The credit so far.
 * @param text The character as written.
 * @returns The credit with its character.
 */
export function _withCharacter(credit: CastCredit, text: string): CastCredit {
  let character = text.trim().replace(/^as\s+|^(?:role|rôle|rolle|ruolo|papel|personnage|character)\s*:\s*/i, '')
  const credited = /\(as ([^)]+)\)/i.exec(character)
  character = character.replace(/(?<!\s)\s*\([^()]*\)/g, '').replace(/(?<!\s)\s*\/\s*$/, '').trim()
  if (character.length > 100 || /[.!?]\s+\p{Lu}.*[.!?]$/u.test(character)) return credit
  return {
    ...credit,
    ...(character ? { character } : {}),
    ...(credited ? { creditedAs: credited[1]!.trim() } : {}),
  }
}

/**
 * Reads "Anachronisms: text" as a goof of category "anachronism".
 *
 * @param text A paragraph.
 * @returns The goof when the paragraph starts with a goof category, or `undefined`.
 */
export function _readGoof(text: string): Goof | undefined {
  const match = /^([^:]{3,40}):\s*(\S.*)$/s.exec(text)
  if (!match || !GOOF_CATEGORIES.test(match[1]!.trim())) return undefined
  const category = _singular(match[1]!.trim().toLowerCase())
  return /^(?:goofs?|mistakes?)$/.test(category) ? { text: match[2]!.trim() } : { category, text: match[2]!.trim() }
}

function _singular(category: string): string {
  const words = category.split(' ')
  const index = words.length > 1 && /^(?:errors|mistakes)$/.test(words[0]!) ? 0 : words.length - 1
  words[index] = words[index]!.replace(/(?<!s)s$/, '')
  return words.join(' ')
}

/**
 * Reads "Rocky Dennis: [Poem] These things are good" as a quote line.
 *
 * @param text A line of a quote.
 * @returns The line, or `undefined` when the text is not "Character: words".
 */
export function _readQuoteLine(text: string): QuoteLine | undefined {
  const match = /^([^:[\]]{2,50}?):\s*(?:\[([^\]]+)\]\s*)?(\S.*)?$/s.exec(text)
  if (!match || !_isName(match[1]!.trim())) return undefined
  const words = (match[3] ?? '').trim()
  if (!words) return undefined
  return { character: match[1]!.trim(), text: words, ...(match[2] ? { note: match[2].trim() } : {}) }
}

/**
 * Finds the rating a reviewer states: "4.5 out of 5 stars", "8/10", "Rating: 3 of 4".
 *
 * @param text The review's text.
 * @returns The last stated rating, or `undefined`.
 */
export function _readReviewRating(text: string): ReviewRating | undefined {
  const pattern =
    /(?<![\d.,/])(\d+(?:[.,]\d+)?)\s*(?:out of|of|\/)\s*(\d+)(?:\s*stars?)?(?![\d/]|\s*(?:people|users|of the))/gi
  let found: ReviewRating | undefined
  for (const match of text.matchAll(pattern)) {
    const value = _readNumber(match[1]!.replace(',', '.'))
    const best = Number(match[2])
    if (!(best >= 3 && best <= 100 && value <= best)) continue
    found = { value, best, text: match[0].trim() }
  }
  return found
}
