import type { ReviewRating } from '../schemas/review.js'
import { _execAll } from './_execAll.js'
import { _isOthersRating } from './_isOthersRating.js'
import { _matchesAt } from './_matchesAt.js'
import { _startFinder, type _Starts } from './_startFinder.js'

/** A rating found in a review, and where. */
export interface _RatingMatch {
  /** The rating as the reviewer stated it. */
  rating: ReviewRating
  /** Offset of the first character of the words it came from. */
  start: number
  /** Offset just past them. */
  end: number
}

/**
 * Letter grades on a 13-step scale from F (0) to A+ (12), as documented in the README. F+ and F-
 * count as F.
 */
export const _LETTER_GRADES: Readonly<Record<string, number>> = {
  F: 0, 'D-': 1, D: 2, 'D+': 3, 'C-': 4, C: 5, 'C+': 6, 'B-': 7, B: 8, 'B+': 9, 'A-': 10, A: 11, 'A+': 12,
}

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  a: 1, an: 1, single: 1, twenty: 20, hundred: 100, 'a hundred': 100, 'one hundred': 100,
}

// A number as written: "3", "3.5", "3,5", "3 1/2", "3½", "three", "three and a half".
const NUMBER =
  String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?(?:\s?(?:1\/2|½))?|½|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s(?:and\s)?a\shalf)?)`
const SCALE = String.raw`(?:\d{1,3}|ten|five|four|twenty|(?:a |one )?hundred)`
// The number words a rating can be written in.
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'ten', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const GLYPHS = String.raw`(?:[*★✪✭]{1,5}\s?(?:1\/2|½)?|½)`

const COUNT_NOUNS =
  /^\s+(?:of\b|times|people|persons|viewers|films|movies|pictures|flicks|cases|men|women|kids|children|critics|users|reviewers|votes|voters|americans|would|will|could|are|were|who|minutes|mins|hours|hrs|seconds|days|years|percent|%)/i
const DURATION = /^\s*(?:-\s*)?(?:hours?|hrs?\.?|minutes?|mins?\.?|seconds?|days?|weeks?|months?|years?|inch|inches|feet|foot|miles?|pounds?|kg|lbs?|%|percent)\b/i
// "grade B movie", "B-movie": the grade names a kind of film, not a rating.
const KIND_OF_FILM = /^\s*(?:-\s*)?(?:movies?|films?|pictures?|flicks?|material|horror|westerns?|thrillers?|productions?|actors?|actresses|stuff|schlock|cinema|level|fare|quality|effects|budget|version|student|school)\b/i

/**
 * Reads a number as written in a rating.
 *
 * @param text "3", "3.5", "3 1/2", "three and a half" or a run of star glyphs.
 * @returns The number, or `undefined` when the text is not one.
 */
export function _ratingNumber(text: string): number | undefined {
  let rest = text.trim().toLowerCase()
  let half = 0
  const halfMatch = /(?:\s?(?:and\s)?(?:1\/2|½|a\shalf))$/.exec(rest)
  if (halfMatch) {
    half = 0.5
    rest = rest.slice(0, halfMatch.index).trim()
  }
  if (rest === '') return half || undefined
  if (/^[*★✪✭]+$/.test(rest)) return rest.length + half
  if (/^\d{1,3}(?:[.,]\d{1,2})?$/.test(rest)) return Number(rest.replace(',', '.')) + half
  const word = WORDS[rest]
  return word === undefined ? undefined : word + half
}

function _rating(value: number, text: string, best?: number, worst?: number): ReviewRating | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined
  if (best !== undefined && (value > best || best <= 0)) return undefined
  return {
    value,
    ...(best === undefined ? {} : { best }),
    ...(worst === undefined ? {} : { worst }),
    text: text.trim(),
  }
}

interface Form {
  /**
   * Words or characters every match holds: text without them is passed over before the
   * pattern runs. Each trigger is case-insensitive exactly where its pattern is.
   */
  trigger?: { test: (text: string) => boolean }
  /**
   * A word every match holds where a word starts ("scale" in "on a scale of 1 to 10"): the form is
   * tried only where the start finder found it, which its one search does at no cost, instead of a
   * search of its own.
   */
  word?: string
  pattern: RegExp
  /** The same pattern without its line-start lookbehind, tried only where lines start. */
  lineStarts?: RegExp
  /** Where a match can begin (see _matchesAt); the places of every form are found in one search. */
  starts?: _Starts
  read: (match: RegExpExecArray, text: string) => ReviewRating | undefined
}

const FORMS: Form[] = [
  // "7 on a scale of 1 to 10", "on a scale of 1-10, I give it a 7"
  {
    word: 'scale',
    pattern: new RegExp(
      String.raw`\b(${NUMBER})\s+on\s+a\s+scale\s+(?:of|from)\s+(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b|\bon\s+a\s+scale\s+(?:of|from)\s+(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3}),?\s+(?:i(?:'d|’d| would)?\s+(?:give|rate|score)\s+(?:it|this(?:\s+(?:one|movie|film))?)\s+)?(?:an?\s+)?(${NUMBER})\b`,
      'gi',
    ),
    read: (match) => {
      const [text, v1, w1, b1, w2, b2, v2] = match
      const value = _ratingNumber((v1 ?? v2)!)
      const worst = Number(w1 ?? w2)
      const best = Number(b1 ?? b2)
      if (value === undefined || value < worst || worst >= best) return undefined
      return _rating(value, text, best, worst)
    },
  },
  // "4.5 out of 5 stars", "8 out of ten", "***1/2 out of ****", "1 star (out of 10)", "3 stars out of 5"
  {
    starts: { characters: '0123456789½*★✪✭', notAfterWord: true, words: NUMBER_WORDS },
    pattern: new RegExp(
      String.raw`(?<![\w/\-–]|\d\.)(${NUMBER}|${GLYPHS})(\s*(?:(?:stars?|points?)\s*)?(?:\(\s*)?(?:out\s+of|outta|from|of)\s+(?:a\s+(?:possible|maximum)\s+(?:of\s+)?)?)(${SCALE}(?!\w)|[*★✪✭]{2,5}(?![*★✪✭\w]))(\s*(?:\)\s*)?(?:stars?|points?))?`,
      'gi',
    ),
    read: (match, text) => {
      const [whole, valueText, joint, scaleText, unit] = match
      const glyphs = /[*★✪✭]/.test(valueText!) || /[*★✪✭]/.test(scaleText!)
      // "3 of 10 films" is a count; "*1/2 of 4 stars" and "** from ****" are ratings.
      if (!/out|outta/i.test(joint!) && !glyphs && !unit && !/stars?|points?/i.test(joint!)) return undefined
      const value = _ratingNumber(valueText!)
      const best = _ratingNumber(scaleText!)
      if (value === undefined || best === undefined) return undefined
      const end = match.index + whole.length
      if (!unit && COUNT_NOUNS.test(text.slice(end, end + 20))) return undefined
      if (!unit && !/stars?|points?/i.test(whole) && ![4, 5, 10, 20, 100].includes(best)) return undefined
      if (best > 100) return undefined
      return _rating(value, whole, best)
    },
  },
  // "7/10", "9.5/10", "79/100", "4/10 stars", "* / ****"
  {
    trigger: /\//,
    pattern: new RegExp(
      String.raw`(?<![\w/\-–]|\d\.)(\d{1,3}(?:\.\d{1,2})?|${GLYPHS})\s*\/\s*(\d{1,3}|[*★✪✭]{2,5})(?![\w/]|\.\d|,\d)(\s*(?:stars?|points?))?`,
      'gi',
    ),
    read: (match, text) => {
      const [whole, valueText, scaleText, unit] = match
      const value = _ratingNumber(valueText!)
      const best = _ratingNumber(scaleText!)
      if (value === undefined || best === undefined) return undefined
      const glyphs = /[*★]/.test(scaleText!)
      if (!glyphs && ![5, 10, 20, 100].includes(best) && !(best === 4 && unit)) return undefined
      const end = match.index + whole.length
      if (!unit && (COUNT_NOUNS.test(text.slice(end, end + 20)) || DURATION.test(text.slice(end, end + 12)))) {
        return undefined
      }
      // Note: "1/2" and "2/4" are fractions; "3/5" as a rating stands on its own or has a unit.
      if (value === best && best !== 10 && best !== 5 && best !== 100 && !unit) return undefined
      return _rating(value, whole, best)
    },
  },
  // "Grade: B+", "My grade: D-", "Grade -C", "I give it a B+"
  {
    // Note: "the" opens a grade only as "the grade", "the rating", ...; it opens many other words.
    starts: { characters: '', words: ['my', 'overall', 'final', 'grad', 'giv', 'gave', 'rat', 'verdict', 'score'], i: true, leads: { the: ['grade', 'rating', 'verdict', 'score'] } },
    pattern:
      /\b(?:(?:my|overall|final|the)\s+)?(?:grade|rating|verdict|score)\s*(?:(?::|=|-|–|is|of)\s*)?(?:(-)\s*)?([A-F])([+-]|\s?(?:plus|minus)\b)?(?![\w'’-])|\b(?:i(?:'d|’d| would| will|'ll|’ll)?\s+)?(?:give|giving|gave|rate|rating|grade|grading|grades?)\s+(?:it|this(?:\s+(?:one|movie|film|picture|flick))?|the\s+(?:movie|film))\s+(?:an?\s+)?(?:solid\s+|strong\s+|weak\s+)?([A-F])([+-])?(?![\w'’-])/gi,
    read: (match, text) => {
      const [whole, leadingMinus, letter1, sign1, letter2, sign2] = match
      if (letter1 === undefined && letter2 === undefined) return undefined
      const end = match.index + whole.length
      if (KIND_OF_FILM.test(text.slice(end, end + 16))) return undefined
      if (letter1 !== undefined) {
        // "Grade: B+", "My grade D-": a colon or "my" marks the reviewer's own grade; "grade -C"
        // and "grade B" count only when nothing but the end of the sentence follows.
        const marked = /[:=]/.test(whole) || /^(?:my|overall|final)\b/i.test(whole)
        if (!marked && !/^\s*(?:[.!\n]|$)/.test(text.slice(end, end + 3))) return undefined
        if (!marked && !/^(?:grade|rating|verdict|score)/i.test(whole)) return undefined
        if (!marked && !leadingMinus) return undefined
      }
      if (!/^[A-F]$/.test((letter1 ?? letter2)!)) return undefined
      const letter = (letter1 ?? letter2)!
      const rawSign = (sign1 ?? sign2 ?? (leadingMinus ? '-' : '')).trim().toLowerCase()
      const sign = rawSign === 'plus' ? '+' : rawSign === 'minus' ? '-' : rawSign
      const value = _LETTER_GRADES[`${letter}${sign}`] ?? _LETTER_GRADES[letter]
      if (value === undefined) return undefined
      return _rating(value, whole, 12, 0)
    },
  },
  // A grade alone on its line: "B+"
  {
    pattern: /(?<=^|\n)[ \t]*([A-F])([+-])?[ \t]*(?=\r?\n|$)/g,
    lineStarts: /[ \t]*([A-F])([+-])?[ \t]*(?=\r?\n|$)/y,
    read: (match) => {
      const [whole, letter, sign] = match
      const value = _LETTER_GRADES[`${letter}${sign ?? ''}`] ?? _LETTER_GRADES[letter!]
      return value === undefined ? undefined : _rating(value, whole, 12, 0)
    },
  },
  // "two thumbs up", "thumbs down"
  {
    word: 'thumb',
    pattern: /\b(?:(two|both|one)\s+)?thumbs?\s+(?:way\s+|firmly\s+|solidly\s+)?(up|down)\b/gi,
    read: (match) => {
      const [whole, count, direction] = match
      const best = count && count.toLowerCase() !== 'one' ? 2 : 1
      if (direction!.toLowerCase() === 'down') return _rating(0, whole, best, 0)
      return _rating(count?.toLowerCase() === 'one' ? 1 : best, whole, best, 0)
    },
  },
  // "★★★½", "***1/2", "****" standing alone on a line or before "stars"
  {
    // Note: a pattern of characters outside ASCII searches a text some twenty times slower than includes.
    trigger: { test: (text) => text.includes('*') || text.includes('★') || text.includes('½') },
    pattern: /(?<![*\w★])(★{1,5}½?|★*½)(☆{0,5})(?![★☆])|(?<=^|\n|:\s?)[ \t]*\(?(\*{1,5}\s?(?:1\/2|½)?)\)?(\s*stars?)?[ \t]*(?=\r?\n|$)|(?<![*\w])(\*{1,5}\s?(?:1\/2|½)?)(\s*stars?)(?=[\s.!,;)]|$)/g,
    read: (match) => {
      const [whole, solid, hollow, alone, unit1, starred, unit2] = match
      if (solid !== undefined) {
        const value = _ratingNumber(solid.replace(/★/g, '*'))
        if (value === undefined) return undefined
        return hollow ? _rating(value, whole, Math.ceil(value) + hollow.length) : _rating(value, whole)
      }
      const glyphs = alone ?? starred
      const value = glyphs === undefined ? undefined : _ratingNumber(glyphs)
      if (value === undefined) return undefined
      void unit1
      void unit2
      return _rating(value, whole)
    },
  },
  // "3 1/2 stars", "three stars", "1 Star", "I give it a 7", "Rating: 8"
  {
    starts: { characters: '0123456789½', notAfterWord: true, words: [...NUMBER_WORDS, 'score', 'my', 'rating', 'vote'], i: true },
    trigger: /star|\d/i,
    pattern: new RegExp(
      String.raw`(?<![\w/\-–]|\d\.)(${NUMBER})(\s*(?:-\s*)?stars?)\b|\b(?:i(?:'d|’d| would| will|'ll|’ll)?\s+(?:give|rate|score)\s+(?:it|this(?:\s+(?:one|movie|film|picture|flick))?)\s+(?:an?\s+)?|(?:my\s+)?(?:rating|score|vote)\s*[:=]\s*)(\d{1,3}(?:\.\d)?)(?![\w./%]|,\d)`,
      'gi',
    ),
    read: (match, text) => {
      const [whole, starValue, , bareValue] = match
      const end = match.index + whole.length
      const after = text.slice(end, end + 24)
      if (starValue !== undefined) {
        // "the two stars of the film", "stars in", "both stars": stars meaning actors.
        if (/^\s*(?:of|in|who|from|like|as|are|were|have|had|do|did)\b/i.test(after)) return undefined
        if (/^\s*(?:(?:--|—|–|\(|,)\s*)?[A-Z][a-z]/.test(after) && !/^[.!]/.test(after)) return undefined
        if (/^one$/i.test(starValue.trim()) && /stars/i.test(whole)) return undefined
        const before = text.slice(Math.max(0, match.index - 12), match.index)
        if (/\b(?:the|its|their|these|those|his|her|both|with|big|biggest|of|all|main|two|three)\s+$/i.test(before)) return undefined
        const value = _ratingNumber(starValue)
        if (value === undefined || value > 10) return undefined
        if (/^(?:a|an|single)$/i.test(starValue.trim()) && !/\b(?:give|gave|giving|rate|rated|deserves?|gets?|earns?)\s+(?:(?:it|this)\s*)?$/i.test(text.slice(Math.max(0, match.index - 30), match.index))) {
          return undefined
        }
        return _rating(value, whole)
      }
      const value = _ratingNumber(bareValue!)
      if (value === undefined || value > 100) return undefined
      if (DURATION.test(after) || COUNT_NOUNS.test(after)) return undefined
      return _rating(value, whole)
    },
  },
]

// Note: the forms that name where they can begin are tried only there, each as a sticky copy.
const STARTING = FORMS.filter((form) => form.starts)
const STICKY = new Map<Form, RegExp>(STARTING.map((form) => [form, new RegExp(form.pattern.source, form.pattern.flags.replace('g', 'y'))]))
// Note: after the starts of each starting form, in the same order, the places of each form's word.
const WORDED = FORMS.filter((form) => form.word)
/** Where the forms' matches can begin, for a start finder; `_findRatings` takes its places in this order. */
export const _RATING_STARTS: readonly _Starts[] = [...STARTING.map((form) => form.starts!), ...WORDED.map((form) => ({ characters: '', words: [form.word!] }))]
const _starts = _startFinder(_RATING_STARTS)

/** Every match of a form's pattern, as `matchAll` gives them; `starts` gives each starting form's places. */
function _formMatches(text: string, form: Form, starts: () => readonly number[][]): Iterable<RegExpExecArray> {
  if (form.lineStarts) return _atLineStarts(text, form.lineStarts)
  if (!form.starts) return _execAll(text, form.pattern)
  return _matchesAt(text, STICKY.get(form)!, starts()[STARTING.indexOf(form)]!)
}

/** Every match of a sticky pattern at the start of the text and just after each line feed. */
function _atLineStarts(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  for (let start = 0; ; ) {
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (match) matches.push(match)
    const next = text.indexOf('\n', start)
    if (next === -1) break
    start = next + 1
  }
  return matches
}

/**
 * Finds every rating a review states, in text order, leaving out other people's ratings and the
 * numbers that only look like ratings (runtimes, dates, fractions, counts, "stars" meaning actors,
 * "grade B movie").
 *
 * @param text The review.
 * @param given The places of `_RATING_STARTS` in the text, when a search of its own found them.
 * @returns The ratings, in the order they appear; overlapping finds keep the longer one.
 */
export function _findRatings(text: string, given?: readonly number[][]): _RatingMatch[] {
  const found: _RatingMatch[] = []
  let places: readonly number[][] | undefined = given
  const starts = () => (places ??= _starts(text))
  for (const form of FORMS) {
    if (form.trigger && !form.trigger.test(text)) continue
    if (form.word && starts()[STARTING.length + WORDED.indexOf(form)]!.length === 0) continue
    form.pattern.lastIndex = 0
    for (const match of _formMatches(text, form, starts)) {
      const exec = match as RegExpExecArray
      const rating = form.read(exec, text)
      if (!rating) continue
      // Note: the match may begin with spaces or a line break; positions point at the words.
      const start = match.index + (match[0].length - match[0].trimStart().length)
      const end = match.index + match[0].trimEnd().length
      if (_isOthersRating(text, start, end)) continue
      found.push({ rating, start, end })
    }
  }
  // Note: where finds overlap ("I give it 7 out of 10"), the one that states its scale wins,
  // then the longer one.
  const ranked = [...found].sort(
    (a, b) =>
      Number(b.rating.best !== undefined) - Number(a.rating.best !== undefined) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  )
  const kept: _RatingMatch[] = []
  for (const match of ranked) {
    if (kept.some((other) => match.start < other.end && other.start < match.end)) continue
    kept.push(match)
  }
  kept.sort((a, b) => a.start - b.start)
  return kept
}
