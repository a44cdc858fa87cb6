import type { Award } from '../schemas/award.js'
import type { CastCredit } from '../schemas/castCredit.js'
import type { Gross } from '../schemas/gross.js'
import type { Money } from '../schemas/money.js'
import type { Person } from '../schemas/person.js'
import { _eachMatch, type _Search } from './_eachMatch.js'
import { _factKeywords, type _FactKeywords } from './_factKeywords.js'
import { _findMoney } from './_money.js'
import { _gluedTail } from './_gluedTail.js'
import { _moneyNumbers } from './_moneyNumbers.js'
import { _moneyText } from './_moneyText.js'
import { _findRegion } from './_region.js'
import type { _ReviewStarts } from './_reviewStarts.js'
import { _awardWords, _awards } from './_reviewAwards.js'
import { _cleanName, _NAME, _NAME_WORD, _NOT_NAMES } from './_reviewNames.js'
import { _splitSentences, type _Span } from './_sentences.js'

/** One fact read from a review, with where it was read. */
export interface _Fact {
  /** Where it goes in the film record, such as `"directors.0"`. */
  path: string
  /** What was read, for the message: `the director Peter Bogdanovich`. */
  what: string
  /** Offset of the words it came from. */
  start: number
}

/** The facts a review states about its film. */
export interface _ReviewFacts {
  title?: string
  year?: number
  directors: Person[]
  writers: Person[]
  cast: CastCredit[]
  budget?: Money
  grosses: Gross[]
  awards: Award[]
  /** Every fact, with where it was read. */
  facts: _Fact[]
}

const FILM_WORDS = String.raw`(?:film|movie|picture|drama|comedy|thriller|documentary|western|musical|classic|feature|biopic|romance|epic|adaptation|melodrama|debut|masterpiece)`

// Note: the patterns are built once; each call of parseReview would otherwise compile them again.
const TITLE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?:(?<director>${_NAME})['’]s\s+)?(?<year>1[89]\d\d|20\d\d)\s+(?:\p{Ll}+\s+)?${FILM_WORDS}\s+["“]?(?<title>${_NAME_WORD}(?:\s(?:of|the|a|an|and|in|on|to|for|at|with|from|is)?\s?${_NAME_WORD})*)`, 'gu'),
  new RegExp(String.raw`(?<title>${_NAME_WORD}(?:\s(?:of|the|a|an|and|in|on|to)?\s?${_NAME_WORD})*)["”]?,?\s+(?:is\s+)?(?:a|the)\s+(?<year>1[89]\d\d|20\d\d)\s+(?:\p{Ll}+\s+)?${FILM_WORDS}\b`, 'gu'),
]
// Note: scraped pages glue a linked name to the word before it ("directed byWerner Herzog"),
// so the space before a name may be missing.
const DIRECTED: readonly RegExp[] = [
  new RegExp(String.raw`\b[Dd]irected\s+by\s*(?<name>${_NAME})`, 'gu'),
  new RegExp(String.raw`\b[Dd]irector\s*(?<name>${_NAME})`, 'gu'),
  new RegExp(String.raw`\b[Dd]irection\s+(?:of|by)\s+(?<name>${_NAME})`, 'gu'),
  new RegExp(String.raw`(?<name>${_NAME}),?\s+(?:\p{Ll}+\s+){0,3}(?:directs|directed|helms|helmed)\b`, 'gu'),
  new RegExp(String.raw`(?<name>${_NAME})['’]s\s+(?:\p{Ll}+\s+){0,2}direction\b`, 'gu'),
]
const WRITTEN: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:[Ww]ritten|[Ss]cripted)\s+by\s*(?<name>${_NAME})`, 'gu'),
  new RegExp(String.raw`\b(?:[Ss]creenplay|[Ss]cript)\s+by\s*(?<name>${_NAME})`, 'gu'),
  new RegExp(String.raw`\b(?:[Ss]creenwriter|[Ww]riter|[Ss]cribe)\s*(?<name>${_NAME})`, 'gu'),
  new RegExp(String.raw`(?<name>${_NAME})['’]s\s+(?:\p{Ll}+\s+){0,2}(?:script|screenplay)\b`, 'gu'),
]
// "Sam Elliott as Gar", "Cher as Rusty"; and "Florence "Rusty" Dennis (Cher)".
const AS_PAIR = new RegExp(String.raw`(?<name>${_NAME})\s+as\s+(?:the\s+)?(?<character>${_NAME})`, 'gu')
const PARENS_PAIR = new RegExp(String.raw`(?<character>${_NAME})\s+\((?<name>${_NAME})\)`, 'gu')
// Note: each pattern is tried only where `_factKeywords` found its keyword (see _eachMatch).
const SEARCHES = new Map<RegExp, _Search>([
  [TITLE_PATTERNS[0]!, { sticky: _sticky(TITLE_PATTERNS[0]!), kind: 'years', keyword: 2, optional: true }],
  [TITLE_PATTERNS[1]!, { sticky: _sticky(TITLE_PATTERNS[1]!), kind: 'years', keyword: 2, comma: true }],
  [DIRECTED[0]!, { sticky: _sticky(DIRECTED[0]!), kind: 'directing', words: ['irected'] }],
  [DIRECTED[1]!, { sticky: _sticky(DIRECTED[1]!), kind: 'directing', words: ['irector'] }],
  [DIRECTED[2]!, { sticky: _sticky(DIRECTED[2]!), kind: 'directing', words: ['irection'] }],
  [DIRECTED[3]!, { sticky: _sticky(DIRECTED[3]!), kind: 'directing', keyword: ['directs', 'directed', 'helms', 'helmed'], comma: true }],
  [DIRECTED[4]!, { sticky: _sticky(DIRECTED[4]!), kind: 'directing', keyword: ['direction'] }],
  [WRITTEN[0]!, { sticky: _sticky(WRITTEN[0]!), kind: 'writing', words: ['ritten', 'cripted'] }],
  [WRITTEN[1]!, { sticky: _sticky(WRITTEN[1]!), kind: 'writing', words: ['creenplay', 'cript'] }],
  [WRITTEN[2]!, { sticky: _sticky(WRITTEN[2]!), kind: 'writing', words: ['creenwriter', 'riter', 'cribe'] }],
  [WRITTEN[3]!, { sticky: _sticky(WRITTEN[3]!), kind: 'writing', keyword: ['script', 'screenplay'] }],
  // Note: these keywords take in the white space before them, which no name ends with.
  [AS_PAIR, { sticky: _sticky(AS_PAIR), kind: 'as', keyword: 3 }],
  [PARENS_PAIR, { sticky: _sticky(PARENS_PAIR), kind: 'parens', keyword: 2 }],
])
function _sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', 'y'))
}

/** Visits every match of a global pattern, as `matchAll` gives them, until `found` returns `true`. */
function _matches(text: string, pattern: RegExp, keywords: _FactKeywords, found: (match: RegExpExecArray) => boolean | void): void {
  _eachMatch(text, SEARCHES.get(pattern)!, keywords, found)
}

/**
 * Reads the facts a review states about its own film: its title and year ("Peter Bogdanovich's
 * 1985 film Mask"), directors, writers, actor-as-character pairs written either way, budget and
 * grosses, and awards. Titles and years of other films it mentions are left alone.
 *
 * @param text The review.
 * @param starts Where the review's award words and numbers start, when a search of its own found
 *   them (see `_reviewStarts`).
 * @returns The facts, each with the offset it was read at.
 */
export function _reviewFacts(text: string, starts?: Pick<_ReviewStarts, 'awardWords' | 'numberStarts'>): _ReviewFacts {
  const result: _ReviewFacts = { directors: [], writers: [], cast: [], grosses: [], awards: [], facts: [] }
  const keywords = _factKeywords(text)
  _titleAndYear(text, keywords, result)
  _people(text, keywords, result)
  _cast(text, keywords, result)
  // Note: every amount starts at a number with a currency marker beside it, and every award has a
  // award word, so only the lines holding either are cut into sentences, and only the
  // sentences holding either are read.
  const numbers = _moneyNumbers(text, starts?.numberStarts)
  const words = starts?.awardWords ?? _awardWords(text)
  let number = 0
  let word = 0
  while (number < numbers.length || word < words.length) {
    const at = Math.min(numbers[number] ?? text.length, words[word] ?? text.length)
    const start = text.lastIndexOf('\n', at - 1) + 1
    const lineEnd = text.indexOf('\n', at)
    const end = lineEnd === -1 ? text.length : lineEnd
    for (const sentence of _splitSentences(text.slice(start, end), start)) {
      while (number < numbers.length && numbers[number]! < sentence.start) number++
      while (word < words.length && words[word]! < sentence.start) word++
      if (number < numbers.length && numbers[number]! < sentence.end) _money(sentence, result)
      if (word < words.length && words[word]! < sentence.end) _awards(sentence, result, text)
    }
    while (number < numbers.length && numbers[number]! < end) number++
    while (word < words.length && words[word]! < end) word++
  }
  return result
}

function _addPerson(list: Person[], field: 'directors' | 'writers', name: string | undefined, start: number, result: _ReviewFacts): void {
  if (!name || _spaces(name) >= 4) return
  const same = list.find((person) => person.name === name || person.name.endsWith(` ${name}`))
  if (same) return
  const shorter = list.findIndex((person) => name.endsWith(` ${person.name}`))
  if (shorter !== -1) {
    list[shorter] = { name }
    return
  }
  list.push({ name })
  const role = field === 'directors' ? 'director' : 'writer'
  result.facts.push({ path: `${field}.${list.length - 1}`, what: `the ${role} ${name}`, start })
}

function _spaces(name: string): number {
  let count = 0
  for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) count++
  return count
}

function _titleAndYear(text: string, keywords: _FactKeywords, result: _ReviewFacts): void {
  // "Peter Bogdanovich's 1985 film Mask", "the 1985 film Mask", "Mask, the 1985 film by ..."
  for (const pattern of TITLE_PATTERNS) {
    let read = false
    _matches(text, pattern, keywords, (match) => {
      const groups = match.groups!
      const title = groups.title?.replace(/[.,]$/, '')
      if (!title || _NOT_NAMES.has(title)) return false
      const year = Number(groups.year)
      result.title = title
      result.year = year
      const titleStart = match.index + match[0].lastIndexOf(title)
      result.facts.push({ path: 'title', what: `the title ${title}`, start: titleStart })
      result.facts.push({ path: 'year', what: `the year ${year}`, start: match.index + match[0].indexOf(groups.year!) })
      if (groups.director) _addPerson(result.directors, 'directors', _cleanName(groups.director), match.index, result)
      read = true
      return true
    })
    if (read) return
  }
}

// Note: a review names a handful of directors and writers; a text naming thousands is not a
// review, and each glued-tail check reads the whole text.
const GLUED_TAIL_CHECKS = 16

function _people(text: string, keywords: _FactKeywords, result: _ReviewFacts): void {
  let checks = 0
  for (const [patterns, field] of [[DIRECTED, 'directors'], [WRITTEN, 'writers']] as const) {
    for (const pattern of patterns) {
      _matches(text, pattern, keywords, (match) => {
        const raw = match.groups!.name!
        // Note: "known for earlier classics like The Last Picture Show (1971)" sits between a name
        // and "directs"; a name is at most four words.
        const comma = raw.indexOf(',')
        const cleaned = _cleanName(comma === -1 ? raw : raw.slice(0, comma))
        if (!cleaned || /\d/.test(cleaned)) return
        const name = checks++ < GLUED_TAIL_CHECKS ? _gluedTail(cleaned, text) : cleaned
        _addPerson(result[field], field, name, match.index + match[0].indexOf(raw), result)
      })
    }
  }
}

function _addCredit(name: string | undefined, character: string | undefined, start: number, result: _ReviewFacts): void {
  if (!name || !character || name === character) return
  const key = (text: string) => text.replace(/["“”'‘’]/g, '').toLowerCase()
  const existing = result.cast.find(
    (credit) => credit.name === name || credit.name.endsWith(` ${name}`) || name.endsWith(` ${credit.name}`),
  )
  if (existing) {
    if (name.length > existing.name.length) existing.name = name
    // Note: "Rusty" and "Florence "Rusty" Dennis" are one character; keep the fuller name.
    if (existing.character && key(existing.character).includes(key(character))) return
    if (!existing.character || key(character).includes(key(existing.character))) existing.character = character
    return
  }
  result.cast.push({ name, character })
  result.facts.push({ path: `cast.${result.cast.length - 1}`, what: `${name} as ${character}`, start })
}

function _cast(text: string, keywords: _FactKeywords, result: _ReviewFacts): void {
  // "Sam Elliott as Gar", "Cher as Rusty"; and "Florence "Rusty" Dennis (Cher)".
  const pairs: { name: string; character: string; start: number; strong: boolean }[] = []
  _matches(text, AS_PAIR, keywords, (match) => {
    const name = _cleanName(match.groups!.name!)
    const character = _cleanName(match.groups!.character!)
    if (!name || !character || /^(?:Well|Much|Soon|Long|Far|Such)$/.test(name)) return
    pairs.push({ name, character, start: match.index + match[0].indexOf(name), strong: name.includes(' ') })
  })
  _matches(text, PARENS_PAIR, keywords, (match) => {
    const name = _cleanName(match.groups!.name!)
    const character = _cleanName(match.groups!.character!)
    if (!name || !character || /\d/.test(name)) return
    pairs.push({ name, character, start: match.index + match[0].indexOf(character), strong: true })
  })
  // Note: a one-word actor ("Cher as Rusty") counts when the review names that actor elsewhere
  // in a pair, or in full ("Stoltz" for "Eric Stoltz").
  // Note: `fuller` maps each tail of a known name ("Stoltz", "O'Neal") to the first known name it
  // ends, so each pair is looked up once instead of against every known name.
  const known = new Set<string>()
  const fuller = new Map<string, string>()
  for (const pair of pairs) {
    if (!pair.strong || known.has(pair.name)) continue
    known.add(pair.name)
    for (let space = pair.name.indexOf(' '); space !== -1; space = pair.name.indexOf(' ', space + 1)) {
      const tail = pair.name.slice(space + 1)
      if (!fuller.has(tail)) fuller.set(tail, pair.name)
    }
  }
  pairs.sort((a, b) => a.start - b.start)
  for (const pair of pairs) {
    const full = fuller.get(pair.name)
    if (!pair.strong && !full && !known.has(pair.name)) continue
    _addCredit(full ?? pair.name, pair.character, pair.start, result)
  }
}

function _money(sentence: _Span, result: _ReviewFacts): void {
  const text = sentence.text
  for (let found = _findMoney(text); found; found = _findMoney(text, found.end)) {
    const before = text.slice(Math.max(0, found.start - 60), found.start)
    const after = text.slice(found.end, found.end + 60)
    const start = sentence.start + found.start
    if (/\b(?:budget(?:ed)?|cost|costing|made for|shot for)\b[^$€£¥]*$/i.test(before) && !result.budget) {
      result.budget = found.money
      result.facts.push({ path: 'budget', what: `the budget ${_moneyText(found.money)}`, start })
      continue
    }
    if (!/\b(?:gross(?:ed|ing)?|box[- ]office|took in|taken in|earn(?:ed|ing)|made|ticket sales|opening weekend|takings|haul|raked in)\b/i.test(before + after)) continue
    // Note: the gross is built key by key, in the money's order; a spread copy of the money cost
    // more than the rest of this loop.
    const { amount, currency, qualifier } = found.money
    const gross: Gross = { amount, currency }
    if (qualifier !== undefined) gross.qualifier = qualifier
    // Note: the clause after the amount, up to the first mark, without splitting the rest.
    const cut = after.search(/[,.;]/)
    const words = cut === -1 ? after : after.slice(0, cut)
    if (/\bdomestic(?:ally)?\b/i.test(words) || /\bdomestic\b/i.test(before)) gross.scope = 'domestic'
    else if (/\b(?:worldwide|globally|world-wide|around the world)\b/i.test(words + before)) gross.scope = 'worldwide'
    else if (/\bopening weekend\b/i.test(before + words)) gross.scope = 'opening-weekend'
    const region = _findRegion(words) ?? _findRegion(before.slice(-30))
    if (region) gross.region = region.code
    else if (gross.scope === 'domestic') gross.region = 'US'
    result.grosses.push(gross)
    result.facts.push({ path: `grosses.${result.grosses.length - 1}`, what: `the gross ${_moneyText(gross)}`, start })
  }
}

