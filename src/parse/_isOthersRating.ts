import { _execAll } from './_execAll.js'

// Words that, just before a rating in the same sentence, make it someone else's rating.
const OTHERS =
  /\b(?:imdb|ebert|siskel|maltin|critics?|reviewers?|average|avg|users?|voters?|rotten|tomatometer|metacritic|metascore|magazine|newspaper|guide|people|others|everyone|everybody|he|she|they|someone|somebody|friends?|wife|husband|girlfriend|boyfriend|who|ranked|usually|currently|website|site|times|variety|saying|says|said|claims?|called|calls)\b/gi
const HEDGES =
  /\b(?:not|never|if|unless|wish|than|instead|incapable|cannot|would have|could have|should have|might have)\b|n['’]t\b/i
const FIRST_PERSON = /\b(?:i|i'd|i'll|i'm|my|me|mine|we|our|us)\b|\bi’(?:d|ll|m)\b/gi
// Note: `test` on a global pattern moves its `lastIndex`, which the next call, even of another
// parseReview, would then start from; these copies have no state.
const OTHERS_ANYWHERE = new RegExp(OTHERS.source, 'i')
const FIRST_PERSON_ANYWHERE = new RegExp(FIRST_PERSON.source, 'i')
// Words just after a rating that make it someone else's, or a count.
const AFTER_OTHERS =
  /^\s*(?:\)\s*)?(?:average|avg\.?|rating on|on (?:imdb|rotten|metacritic)|from (?:the )?(?:critics|imdb|users|voters|people)|by (?:critics|users|voters|imdb)|(?:(?:\(\s*)?[\d,]+\s+)?(?:votes?|voted|voters|users|reviewers|critics|people)|(?:is|was) (?:the|its|an?) (?:average|imdb|user))/i

/**
 * Tells whether a rating at `start` is someone else's: a third party named before it in the same
 * sentence (with no "I" or "my" in between), or words after it such as "average" or "votes", or a
 * hedge ("if it were bad I would give it 2/10").
 *
 * @param text The review.
 * @param start Where the rating starts.
 * @param end Where it ends.
 * @returns Whether the rating is not the reviewer's own.
 */
export function _isOthersRating(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start)
  const sentence = before.slice(_lastBoundary(before, /[.!?\n]/g))
  const clause = sentence.slice(_lastBoundary(sentence, /[;:,(]|\bbut\b|\s[-–—]+\s/gi))
  if (_lastMatch(clause, OTHERS) > _lastMatch(clause, FIRST_PERSON)) return true
  if (OTHERS_ANYWHERE.test(sentence) && !FIRST_PERSON_ANYWHERE.test(sentence)) return true
  if (AFTER_OTHERS.test(text.slice(end, end + 40))) return true
  // "I didn't give it one star", "if it were bad I would give it 2/10", "less than an 8/10".
  return HEDGES.test(clause)
}

/** Offset of the last match of a global pattern in a text, or -1, searching from the start. */
function _lastMatch(text: string, pattern: RegExp): number {
  // Note: `matchAll` would copy the pattern on every call.
  pattern.lastIndex = 0
  let last = -1
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index
  pattern.lastIndex = 0
  return last
}

/** The offset just past the last boundary in a text, or 0. */
function _lastBoundary(text: string, boundary: RegExp): number {
  let last = 0
  for (const match of _execAll(text, boundary)) last = match.index + match[0].length
  return last
}
