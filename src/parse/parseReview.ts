import { _bracketDepth } from '../_bracketDepth.js'
import { _LIMITS } from '../_limits.js'
import type { Message, ParseResult } from '../message.js'
import type { Film } from '../schemas/film.js'
import type { Review } from '../schemas/review.js'
import { _positions } from './_position.js'
import { _quotedTitle } from './_quotedTitle.js'
import { _looksLikeMarkdown, _reviewBlocks } from './_reviewBlocks.js'
import { _reviewFacts } from './_reviewFacts.js'
import { _findRatings } from './_reviewRating.js'
import { _reviewStarts } from './_reviewStarts.js'
import { _sections } from './_sections.js'

/** Options of {@link parseReview}. */
export interface ParseReviewOptions {
  /** The film's title when the review does not name it; default: the title the review states. */
  title?: string
  /** How to read the text: `"markdown"`, `"text"`, or `"auto"` to tell from headings and links; default `"auto"`. */
  format?: 'auto' | 'markdown' | 'text'
  /** The review's author, when known from elsewhere; default: none. */
  author?: string
}

const OPTION_NAMES = new Set(['title', 'format', 'author'])

/** The title a film gets when neither the review nor `options.title` names it. */
const UNTITLED = 'Untitled'

function _checkOptions(options: unknown): ParseReviewOptions {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Cannot parse review with \`${String(options)}\` for \`options\`, expected an object`)
  }
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!OPTION_NAMES.has(key)) {
      throw new TypeError(`Cannot parse review with \`${key}\` for \`options.${key}\`, expected one of title, format, author`)
    }
  }
  for (const key of ['title', 'author'] as const) {
    const value = record[key]
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      throw new TypeError(`Cannot parse review with \`${String(value)}\` for \`options.${key}\`, expected a non-empty string`)
    }
  }
  const format = record.format
  if (format !== undefined && format !== 'auto' && format !== 'markdown' && format !== 'text') {
    throw new TypeError(`Cannot parse review with \`${String(format)}\` for \`options.format\`, expected "auto", "markdown" or "text"`)
  }
  return record as ParseReviewOptions
}

/**
 * Reads a free-text or markdown review into a film record whose `reviews` holds the review,
 * with the facts the review states about its film (title, year, directors, writers, cast,
 * budget, grosses, awards). Every paragraph gets a section kind; a rating is kept only when the
 * reviewer states it. Never throws on content.
 *
 * @param text The review: plain text, markdown, or one unbroken line scraped from a page.
 * @param options How to read it; see {@link ParseReviewOptions}.
 * @returns The film and the messages: where each fact was read, extra ratings, what was missing.
 */
export function parseReview(text: string, options?: ParseReviewOptions): ParseResult<Film> {
  if (typeof text !== 'string') {
    throw new TypeError(`Cannot parse review with \`${typeof text}\` for \`text\`, expected a string`)
  }
  const settings = _checkOptions(options)
  const messages: Message[] = []
  const whole = text
  if (text.length > _LIMITS.inputLength) {
    // Note: the cut keeps a surrogate pair whole.
    const end = _LIMITS.inputLength - (/[\uD800-\uDBFF]/.test(text[_LIMITS.inputLength - 1] ?? '') ? 1 : 0)
    text = text.slice(0, end)
  }
  const at = _positions(text)
  const note = (severity: Message['severity'], rule: string, message: string, offset: number, path?: string) => {
    const point = at(offset)
    const entry: Message = { severity, rule, message, line: point.line, column: point.column }
    if (path !== undefined) entry.path = path
    messages.push(entry)
  }

  // Note: HTML line breaks become line breaks of the same length, so offsets stay true.
  if (whole.length > text.length) {
    note('warning', 'input-too-large', `The review is ${whole.length} characters long; only the first ${text.length} are read.`, text.length)
  }
  const unfronted = _withoutFrontMatter(text)
  // Note: most reviews hold no tag at all, and a search for one character is many times faster.
  const body = unfronted.includes('<') ? unfronted.replace(/<br\s*\/?>/gi, (tag) => '\n'.padEnd(tag.length)) : unfronted
  let markdown = settings.format === 'markdown' || (settings.format !== 'text' && _looksLikeMarkdown(body))
  const deep = markdown ? _bracketDepth(body, _LIMITS.markdownBrackets) : -1
  if (deep !== -1) {
    markdown = false
    note('warning', 'too-deep', `The review nests square brackets more than ${_LIMITS.markdownBrackets} deep; it is read as plain text.`, deep)
  }
  const { blocks, title: headline, regrouped } = _reviewBlocks(body, markdown)
  if (blocks.length === 0) {
    note('error', 'empty-review', 'The review has no text to read.', 0)
    return { value: undefined, messages }
  }
  if (regrouped) {
    note('info', 'regrouped', `The review has no paragraph breaks, so its ${blocks.length} paragraphs were grouped from its sentences.`, 0)
  }

  // Ratings: the first one the reviewer states; the others are noted.
  // Note: one search finds where ratings can begin and where award words and numbers start.
  const starts = _reviewStarts(body)
  const ratings = _findRatings(body, starts.ratings)
  const review = {} as Review
  if (headline) review.title = headline.text
  if (settings.author) review.author = settings.author
  let ratedBlock = -1
  const [rating, ...others] = ratings
  if (rating) {
    review.rating = rating.rating
    ratedBlock = blocks.findIndex((block) => block.start <= rating.start && rating.start < block.end)
    note('info', 'rating', `Read the rating "${rating.rating.text}".`, rating.start, 'reviews.0.rating')
    for (const other of others) {
      note('info', 'extra-rating', `The review also states "${other.rating.text}"; kept the first rating, "${rating.rating.text}".`, other.start, 'reviews.0.rating')
    }
  }

  // Facts about the film.
  const facts = _reviewFacts(body, starts)
  // Note: critics often name their film only in quotation marks, "Raw" six times over.
  const quoted = settings.title || facts.title ? undefined : _quotedTitle(body)
  const film: Film = { title: settings.title ?? facts.title ?? quoted?.title ?? UNTITLED }
  if (quoted) {
    const times = quoted.count === 1 ? 'which opens it' : `which it quotes ${quoted.count} times`
    note('warning', 'quoted-title', `The review names its film only in quotation marks; took "${quoted.title}", ${times}. Pass \`title\` in the options to be sure.`, quoted.start, 'title')
  } else if (!settings.title && !facts.title) {
    note('warning', 'missing-title', `The review does not name its film; pass \`title\` in the options. Used "${UNTITLED}".`, 0, 'title')
  }
  if (settings.title && facts.title && settings.title !== facts.title) {
    note('warning', 'conflict', `The review names its film "${facts.title}", but the options give "${settings.title}"; kept the options' title.`, facts.facts.find((fact) => fact.path === 'title')?.start ?? 0, 'title')
  }
  if (facts.year !== undefined) film.year = facts.year
  if (facts.directors.length > 0) film.directors = facts.directors
  if (facts.writers.length > 0) film.writers = facts.writers
  if (facts.cast.length > 0) film.cast = facts.cast
  if (facts.budget) film.budget = facts.budget
  if (facts.grosses.length > 0) film.grosses = facts.grosses
  if (facts.awards.length > 0) film.awards = facts.awards
  for (const fact of facts.facts) {
    if (fact.path === 'title' && settings.title) continue
    note('info', 'fact', `Read ${fact.what}.`, fact.start, fact.path)
  }

  // Sections, with the names the review ties to roles.
  review.sections = _sections(
    blocks,
    {
      directors: facts.directors.map((person) => person.name),
      writers: facts.writers.map((person) => person.name),
      actors: facts.cast.map((credit) => credit.name),
    },
    ratedBlock,
  )
  film.reviews = [review]
  _sortByPlace(messages)
  return { value: film, messages }
}

/**
 * Sorts messages by line and column, keeping the order of those at one place, as a stable `sort`
 * would. A review has a dozen messages, nearly in order, and an insertion sort of them costs a
 * third of `sort` with a compare function.
 */
function _sortByPlace(messages: Message[]): void {
  for (let index = 1; index < messages.length; index++) {
    const message = messages[index]!
    const line = message.line ?? 0
    const column = message.column ?? 0
    let at = index
    for (; at > 0; at--) {
      const before = messages[at - 1]!
      const beforeLine = before.line ?? 0
      if (beforeLine < line || (beforeLine === line && (before.column ?? 0) <= column)) break
      messages[at] = before
    }
    messages[at] = message
  }
}

/** Blanks a leading YAML front matter block, keeping every offset. */
function _withoutFrontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  return match ? match[0].replace(/[^\n]/g, ' ') + text.slice(match[0].length) : text
}
