/** The title a review keeps quoting, and where it first does. */
export interface _QuotedTitle {
  title: string
  /** Offset of the title's first character, inside the quotation marks. */
  start: number
  /** How many times the review quotes it. */
  count: number
}

// A quotation: “Raw,” or "The Rules of Attraction", or "Air Force One'' as older texts close it.
const QUOTED = /[“"]([^“”"\n]{1,80}?)(?:[”"]|'')/g

// Words just after a quotation that make it the subject of a sentence: “Salt and Fire” is ...
const SUBJECT_AFTER = /^\s*(?:is|was|opens|begins|arrives|has|isn't|wasn't)\b/i

// A nickname between a first and a last name: Frank "Bulletproof" McBain.
const NICKNAME_AFTER = /^\s\p{Lu}/u

/** Whether a quotation reads as a title: at most ten words, most longer ones capitalised or a number. */
function _isTitle(text: string): boolean {
  const words = text.split(' ')
  if (words.length > 10) return false
  const longer = words.filter((word) => word.length > 3)
  return longer.filter((word) => /^[\p{Lu}\d]/u.test(word)).length >= longer.length * 0.6
}

/**
 * Finds the film a review names only in quotation marks, as critics write it: a title-case
 * quotation that opens the review as the subject of its first sentence, else the one it repeats
 * most. Speech in quotation marks ("If you were any thinner") is not title case and never
 * counts; nor does a nickname (Frank "Bulletproof" McBain).
 *
 * @param text The review.
 * @returns The title, or `undefined` when no quotation reads as the review's film.
 */
export function _quotedTitle(text: string): _QuotedTitle | undefined {
  const found = new Map<string, _QuotedTitle & { named: boolean }>()
  QUOTED.lastIndex = 0
  for (let match = QUOTED.exec(text); match; match = QUOTED.exec(text)) {
    // Note: "Hype!" keeps its mark; a comma or stop inside the marks is the sentence's.
    const title = match[1]!.replace(/(?<![,.])[,.]+$/, '').trim()
    if (!/^[\p{Lu}\d]/u.test(title) || !_isTitle(title)) continue
    const start = match.index + 1
    const after = text.slice(QUOTED.lastIndex, QUOTED.lastIndex + 12)
    const before = text.slice(Math.max(0, match.index - 20), match.index)
    if (NICKNAME_AFTER.test(after) && /\p{Lu}\p{Ll}*\s$/u.test(before)) continue
    // Note: a quotation after an article or "called" is a term in scare quotes: a "Chosen One".
    if (/\b(?:a|an|the|called)\s$/.test(before)) continue
    // Note: a title quoted once counts only as the review's first words and the subject of its sentence.
    const named = text.slice(0, match.index).trim() === '' && SUBJECT_AFTER.test(after)
    const seen = found.get(title)
    if (seen) {
      seen.count++
      seen.named ||= named
    } else found.set(title, { title, start, count: 1, named })
  }
  // Note: a title that opens the review as its subject wins; else the most quoted one, the
  // earliest on a tie. A review quotes the films it compares with too, but less often.
  let best: (_QuotedTitle & { named: boolean }) | undefined
  for (const candidate of found.values()) {
    if (candidate.named) return { title: candidate.title, start: candidate.start, count: candidate.count }
    if (candidate.count > 1 && (!best || candidate.count > best.count)) best = candidate
  }
  return best && { title: best.title, start: best.start, count: best.count }
}
