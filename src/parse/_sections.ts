import type { Section, SectionKind } from '../schemas/review.js'
import { _hasWord } from './_hasWord.js'
import { _isSpaceCode } from './_isSpaceCode.js'
import type { _Block } from './_reviewBlocks.js'
import { _wordCounter } from './_wordCounter.js'

/** Names the review ties to roles, so a paragraph about the director is about direction. */
export interface _RoleNames {
  /** Directors' names. */
  directors: string[]
  /** Writers' names. */
  writers: string[]
  /** Actors' names. */
  actors: string[]
}

type Scored = Exclude<SectionKind, 'overview'>

// The words of each craft, with a weight each.
const WORDS: Record<Scored, [RegExp, number][]> = {
  plot: [
    [/\b(?:takes place|is set|set in|one is|the other is|finds|becomes|arrives|decides|wants|returns|escapes|kills|marries|dies|flees|plans|hopes|grows up|turns out)\b/gi, 0.7],
    [/\b(?:teenager|boy|girl|mother|father|son|daughter|family|wife|husband|lives|living|life|high school|town|friends?|friendships?|love|meanwhile|discovers?|learns?)\b/gi, 0.5],
    [/\b(?:plot|story|storyline|premise|narrative|tale|follows|centers on|centres on|is about|introduces us|the film opens|opens with|begins|spoilers?|twist|ending|protagonist|based on the (?:true )?story|navigat\w+|journey|meets|falls in love|must|tries to|sets out)\b/gi, 1],
  ],
  acting: [
    [/\b(?:performances?|acting|actors?|actress(?:es)?|cast|casting|role|roles|plays|played|playing|portray\w*|turn as|embod\w+|chemistry|on-screen|screen presence|supporting|lead|charisma|delivers|conveying|character)\b/gi, 1],
    [/\b(?:performance|portrayal)\b/gi, 1],
  ],
  direction: [
    [/\b(?:direct(?:s|ed|ing|ion|or|or's|orial)?|filmmaker|helm\w*|auteur|pacing|paced|staging|staged|mise-en-sc[eè]ne|tone|restraint|observational)\b/gi, 1.5],
  ],
  writing: [
    [/\b(?:script|scripts|screenplay|screenwriter|writer|writers|writing|written|dialogue|dialog|lines|novel|adaptation|adapted)\b/gi, 1.5],
  ],
  music: [
    [/\b(?:music|musical|score|scored|soundtrack|songs?|composer|composed|theme|tracks|orchestra\w*|sound design|singing)\b/gi, 1.5],
  ],
  visuals: [
    [/\b(?:cinematograph\w*|photograph\w*|camera|camerawork|shots?|lighting|lit|visual\w*|images?|imagery|colou?rs?|framing|frames|widescreen|special effects|effects|cgi|look)\b/gi, 1.5],
  ],
  production: [
    [/\b(?:budget\w*|studio|production|produced|producers?|filmed|filming|shoot|shooting|locations?|sets|costumes?|makeup|prosthetic\w*|release[ds]?|dvd|blu-ray|vhs|director's cut|licensing|rights|distribut\w+)\b/gi, 1],
  ],
  reception: [
    [/\b(?:box office|gross\w*|audiences?|critics|acclaim\w*|awards?|oscars?|academy awards?|nominat\w+|festival|cannes|success|successful|hit|flop|cult|reception|praised|panned|popular)\b/gi, 1.2],
  ],
  verdict: [
    [/\b(?:recommend\w*|must-see|must see|overall|in the end|all in all|verdict|rating|worth|skip|see it|masterpiece|near-perfect|score is|stands as|remains|in short|in sum|to sum up|bottom line|don't miss|avoid|waste of time|stays with you)\b/gi, 1.5],
  ],
}

const WORD_ENTRIES = Object.entries(WORDS) as [Scored, [RegExp, number][]][]
const KINDS: Scored[] = WORD_ENTRIES.map(([kind]) => kind)
const DIRECTION = KINDS.indexOf('direction')
const WRITING = KINDS.indexOf('writing')
const ACTING = KINDS.indexOf('acting')
const VERDICT = KINDS.indexOf('verdict')

// Note: one paragraph after another is scored, so the scores are kept in one array.
const SCORES = new Float64Array(KINDS.length)

const CRAFT_PATTERNS: RegExp[] = WORD_ENTRIES.flatMap(([, patterns]) => patterns.map(([pattern]) => pattern))
// Note: flat lists of the weights and of how many patterns each kind has, read by index in the
// scoring of every paragraph.
const WEIGHTS = Float64Array.from(WORD_ENTRIES.flatMap(([, patterns]) => patterns.map(([, weight]) => weight)))
const PATTERN_COUNTS = WORD_ENTRIES.map(([, patterns]) => patterns.length)
const _craftCounts = _wordCounter(CRAFT_PATTERNS)
// Where the counter gives the number of pieces between white space, and where the first places
// the patterns can match start.
const PIECES = CRAFT_PATTERNS.length
const STARTS = PIECES + 1

// The opening of a paragraph, where a name or a verdict word counts for more.
const OPENING = 80
// Each pattern of verdict words, by its place among the craft patterns, as a search.
const VERDICT_WORDS: [number, RegExp][] = WORDS.verdict.map(([pattern]) => [CRAFT_PATTERNS.indexOf(pattern), new RegExp(pattern.source, 'gi')])
const CUT_WORD = /\w\w/y

const AS_ROLE = /\b\p{Lu}[\p{L}'’-]+\s+as\s+\p{Lu}/u

// Headings that name a kind outright.
const HEADINGS: [RegExp, SectionKind][] = [
  [/plot|story|synopsis|summary|premise/i, 'plot'],
  [/act|cast|perform/i, 'acting'],
  [/direct/i, 'direction'],
  [/writ|script|screenplay|dialog/i, 'writing'],
  [/music|score|sound/i, 'music'],
  [/visual|cinematograph|look|photograph|effects/i, 'visuals'],
  [/production|making|behind|budget|trivia|extras|dvd/i, 'production'],
  [/reception|box office|awards|legacy|impact/i, 'reception'],
  [/verdict|conclusion|bottom line|final|overall|rating|summary judgment|in short/i, 'verdict'],
  [/overview|introduction|intro/i, 'overview'],
]

/** Each name with its last word, the forms the text may call it by; built once per review. */
export type _NameForms = Record<keyof _RoleNames, [string, string][]>

function _nameForms(names: string[]): [string, string][] {
  return names.map((name) => [name, _lastWord(name)])
}

/** What `name.split(/\s+/).at(-1)` gives, without a pattern's split. */
function _lastWord(name: string): string {
  for (let at = name.length - 1; at >= 0; at--) if (_isSpaceCode(name.charCodeAt(at))) return name.slice(at + 1)
  return name
}

/**
 * How many of the names the text calls by their full name or last word, as whole words; and
 * whether its opening (its first `OPENING` characters, or none when `opening` is empty) calls one.
 */
function _nameCount(text: string, names: [string, string][], opening: string): [number, boolean] {
  let count = 0
  let opened = false
  for (const [name, last] of names) {
    // Note: the full name ends with its last word, so a text without that word holds neither,
    // and an opening holds it only where the text first does.
    const first = text.indexOf(last)
    if (first === -1) continue
    if (_hasWord(text, name) || _hasWord(text, last)) count++
    if (opening && !opened && first <= OPENING - last.length) opened = _hasWord(opening, name) || _hasWord(opening, last)
  }
  return [count, opened]
}

/**
 * Decides what one paragraph is about from the words of each craft, the names tied to roles,
 * its heading, where it stands and whether it holds the rating.
 *
 * @param block The paragraph.
 * @param index Its place among the paragraphs.
 * @param total How many paragraphs there are.
 * @param names Names of the film's directors, writers and actors, with their last words.
 * @param rated Whether the paragraph holds the review's rating.
 * @returns Its kind.
 */
export function _sectionKind(block: _Block, index: number, total: number, names: _NameForms, rated: boolean): SectionKind {
  if (block.heading) {
    for (const [pattern, kind] of HEADINGS) if (pattern.test(block.heading)) return kind
  }
  const text = block.text
  // Note: the scores stand in the order of WORDS, which breaks ties.
  const scores = SCORES
  let kind = 0
  const counts = _craftCounts(text)
  const words = Math.max(20, counts[PIECES]!)
  let at = 0
  for (; kind < KINDS.length; kind++) {
    let score = 0
    for (const end = at + PATTERN_COUNTS[kind]!; at < end; at++) score += counts[at]! * WEIGHTS[at]!
    scores[kind] = (score * 60) / words
  }
  // Note: a paragraph that opens on the director's or writer's name is about their craft.
  // Note: the first paragraph introduces the film and its maker, so names there do not count.
  const opening = index === 0 ? '' : text.slice(0, OPENING)
  const [directors, directorOpens] = _nameCount(text, names.directors, opening)
  const [writers, writerOpens] = _nameCount(text, names.writers, opening)
  const [actors, actorOpens] = _nameCount(text, names.actors, opening)
  scores[DIRECTION] = scores[DIRECTION]! + directors * 1.5 + (directorOpens ? 2 : 0)
  scores[WRITING] = scores[WRITING]! + writers * 1.5 + (writerOpens ? 2 : 0)
  scores[ACTING] = scores[ACTING]! + Math.min(3, actors) * 0.8
  if (actors > 0 && AS_ROLE.test(text)) scores[ACTING] = scores[ACTING]! + 2
  if (actorOpens) scores[ACTING] = scores[ACTING]! + 1
  if (opening) {
    // Note: a verdict word the opening holds is one the whole text holds, unless the cut ends a
    // word early ("worth" of "worthy"), so the opening is searched only then.
    CUT_WORD.lastIndex = OPENING - 1
    const cut = CUT_WORD.test(text)
    for (const [at, pattern] of VERDICT_WORDS) {
      // Note: no match starts before the first word the counter found the pattern's prefix at, so
      // the opening is searched only from there, and not at all when that is past the opening.
      const start = counts[STARTS + at]!
      if (start >= OPENING || (counts[at] === 0 && !cut)) continue
      pattern.lastIndex = start
      if (pattern.test(opening)) {
        scores[VERDICT] = scores[VERDICT]! + 3
        break
      }
    }
  }
  if (rated) scores[VERDICT] = scores[VERDICT]! + 4
  if (index === total - 1 && total > 2) scores[VERDICT] = scores[VERDICT]! + 1.5
  if (index === total - 2 && total > 4) scores[VERDICT] = scores[VERDICT]! + 0.5
  let best: SectionKind = 'overview'
  let bestScore = index === 0 ? 3 : 0.6
  for (kind = 0; kind < scores.length; kind++) {
    if (scores[kind]! > bestScore) {
      best = KINDS[kind]!
      bestScore = scores[kind]!
    }
  }
  return best
}

/**
 * Gives every paragraph a kind and joins neighbours of the same kind into one section.
 *
 * @param blocks The paragraphs.
 * @param names Names of the film's directors, writers and actors.
 * @param ratedBlock Index of the paragraph that holds the rating, or -1.
 * @returns The sections, in order; every paragraph is in exactly one.
 */
export function _sections(blocks: _Block[], names: _RoleNames, ratedBlock: number): Section[] {
  const sections: Section[] = []
  const forms: _NameForms = {
    directors: _nameForms(names.directors),
    writers: _nameForms(names.writers),
    actors: _nameForms(names.actors),
  }
  blocks.forEach((block, index) => {
    const kind = _sectionKind(block, index, blocks.length, forms, index === ratedBlock)
    const last = sections.at(-1)
    if (last && last.kind === kind) last.paragraphs.push(block.text)
    else sections.push({ kind, paragraphs: [block.text] })
  })
  return sections
}
