import { _LIMITS } from '../_limits.js'
import { fromJsonLdText } from '../import/fromJsonLd.js'
import type { Message, ParseResult } from '../message.js'
import { FilmSchema, type Film } from '../schemas/film.js'
import { safeParseFilm } from '../schemas/safeParseFilm.js'
import { _embeddedJson } from './_embeddedJson.js'
import { _htmlPage } from './_htmlPage.js'
import { _textLines } from './_lines.js'
import { _pageIds } from './_pageIds.js'
import { _positions } from './_position.js'
import { _preferJsonLd } from './_preferJsonLd.js'
import { _readFacts } from './_readFacts.js'
import { _extreme } from '../_extreme.js'


const DISAMBIGUATION = /\s\((?:\d{4} )?(?:[a-z]+ )?(?:film|movie)\)$/i
/** Options of {@link parseFilmPage}. */
export interface ParseFilmPageOptions {
  /** The title to use when the page names none; default: none, and a page without one is an error. */
  title?: string | undefined
}

/** The longest input read, in characters; the rest of a longer page is left out with a warning. */
export const _MAX_LENGTH = _LIMITS.inputLength

/**
 * Reads a scraped film fact page, plain text or HTML, into a film: labelled facts ("Director:",
 * "Runtime:", "Gross:"), the cast list, logline and synopsis, trivia, goofs, quotes and a user
 * review; schema.org JSON-LD in an HTML page and a film given as embedded JSON are read too.
 *
 * @param text The page, as text (decode HTML bytes by their charset first).
 * @param options The title to fall back on (`title`, default none).
 * @returns The film (without a title when the page names none and no `options.title` is given)
 *   and messages with line, column and rule, in input order.
 */
export function parseFilmPage(text: string, options: ParseFilmPageOptions = {}): ParseResult<Film> {
  // Step: check the call itself.
  if (typeof text !== 'string') {
    throw new TypeError(`Cannot parse film page with \`${_show(text)}\` for \`text\`, expected a string`)
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Cannot parse film page with \`${_show(options)}\` for \`options\`, expected an object`)
  }
  for (const key of Object.keys(options)) {
    if (key !== 'title') throw new TypeError(`Cannot parse film page with \`${key}\` for \`options.${key}\`, expected only \`title\``)
  }
  const fallback = options.title
  if (fallback !== undefined && (typeof fallback !== 'string' || fallback.trim() === '')) {
    throw new TypeError(`Cannot parse film page with \`${_show(fallback)}\` for \`options.title\`, expected a non-empty string`)
  }

  // Step: refuse what is no page at all.
  const messages: Message[] = []
  let input = text
  if (input.length > _MAX_LENGTH) {
    const at = _positions(input)(_MAX_LENGTH)
    messages.push({
      severity: 'warning',
      rule: 'input-too-large',
      message: `The page is ${input.length} characters long; only the first ${_MAX_LENGTH} are read.`,
      ...at,
    })
    input = input.slice(0, _MAX_LENGTH)
  }
  if (input.trim() === '') {
    return { value: undefined, messages: [{ severity: 'error', rule: 'empty-input', message: 'The page is empty.', line: 1, column: 1 }] }
  }
  const junk = _binaryAt(input)
  if (junk !== undefined) {
    const at = _positions(input)(junk)
    return {
      value: undefined,
      messages: [{ severity: 'error', rule: 'binary-input', message: 'The input is binary data, not a text or HTML page.', ...at }],
    }
  }

  // Step: read the page in its own way.
  let film: Partial<Film>
  if (_isHtml(input)) {
    const read = _readHtmlWithin(input, messages)
    if (!read) {
      messages.push({ severity: 'error', rule: 'too-deep', message: 'The HTML nests its elements too deeply to be read.', line: 1, column: 1 })
      return { value: undefined, messages: _ordered(messages) }
    }
    film = read
  } else {
    const embedded = _embeddedJson(input, messages)
    if (embedded.film) {
      messages.push({ severity: 'info', rule: 'embedded-json', message: 'The film was read from the JSON in the page.', line: 1, column: 1 })
      film = embedded.film
    } else film = _readFacts(_textLines(input), messages).film
  }

  // Step: the title, then a record the schema accepts.
  // Note: encyclopedias name an article "Jaws (film)" or "Heat (1995 film)"; the film is "Jaws".
  if (film.title) film.title = film.title.replace(DISAMBIGUATION, '') || film.title
  // Note: a page that gives release dates but no year gives the year of the first of them.
  if (film.year === undefined && film.releaseDates?.length) {
    const first = _extreme(film.releaseDates.map((release) => Number(release.date.slice(0, 4))), 'min')
    if (Number.isInteger(first)) film.year = first
  }
  if (!film.title) {
    if (fallback !== undefined) film.title = fallback.trim()
    else {
      messages.push({
        severity: 'error',
        rule: 'missing-title',
        message: 'The page names no title; pass one with `options.title` (`--title` on the command line).',
        line: 1,
        column: 1,
        path: 'title',
      })
    }
  }
  const value = _valid(film, messages)
  return { value, messages: _ordered(messages) }
}

/**
 * Reads an HTML page, or gives `undefined` when its elements nest deeper than the HTML tree
 * builders' recursion can follow (thousands of levels; no real page comes near).
 */
function _readHtmlWithin(html: string, messages: Message[]): Partial<Film> | undefined {
  try {
    return _readHtml(html, messages)
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return undefined
    throw error
  }
}

function _readHtml(html: string, messages: Message[]): Partial<Film> {
  const page = _htmlPage(html)
  const { film } = _readFacts(page, messages, page.siteName)
  const ids = _pageIds(page)
  if (ids) film.ids = { ...ids, ...film.ids }
  const position = _positions(html)
  for (const block of page.jsonLd) {
    const result = fromJsonLdText(block.source)
    const base = position(block.offset)
    if (!result.value) {
      if (result.messages.some((message) => ['syntax-error', 'too-deep', 'input-too-large'].includes(message.rule))) {
        messages.push({ severity: 'warning', rule: 'invalid-json', message: 'A JSON-LD block of the page cannot be read; it is left out.', ...base })
      }
      continue
    }
    for (const message of result.messages) {
      if (message.rule === 'ignored-field' || message.rule === 'unknown-field') continue
      const line = message.line === undefined ? base.line : base.line + message.line - 1
      const column = message.line === undefined || message.line === 1 ? base.column + (message.column ?? 1) - 1 : (message.column ?? 1)
      messages.push({ ...message, line, column })
    }
    // Note: the rating in a page's own JSON-LD is the site's, when it names no other source.
    const ratings = result.value.ratings?.map((rating) => (rating.source || !page.siteName ? rating : { ...rating, source: page.siteName }))
    return _preferJsonLd(film, ratings ? { ...result.value, ratings } : result.value, /"datePublished"\s*:\s*"\d/.test(block.source))
  }
  return film
}

function _valid(film: Partial<Film>, messages: Message[]): Film | undefined {
  const record = { ...film } as Record<string, unknown>
  const missing = record.title === undefined
  if (missing) record.title = '-'
  // Note: a value the schema rejects is left out and reported, so that the film stays valid.
  for (let round = 0; round < 50; round++) {
    const check = safeParseFilm(record)
    if (check.success) break
    const issue = check.issues[0]!
    const [field, index] = issue.path.split('.')
    messages.push({ severity: 'warning', rule: 'invalid-value', message: `Left out ${issue.path || 'the film'}: ${issue.message}`, ...(issue.path ? { path: issue.path } : {}) })
    if (!field || field === 'title') break
    const list = record[field]
    if (Array.isArray(list) && index !== undefined && /^\d+$/.test(index)) {
      list.splice(Number(index), 1)
      if (!list.length) delete record[field]
    } else delete record[field]
  }
  if (missing) delete record.title
  // The record's fields in the order the contract lists them.
  const ordered = Object.fromEntries(
    Object.keys(FilmSchema.pipe[0].entries).filter((key) => record[key] !== undefined).map((key) => [key, record[key]]),
  )
  return Object.keys(ordered).length ? (ordered as unknown as Film) : undefined
}

function _ordered(messages: Message[]): Message[] {
  return messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => (a.message.line ?? Infinity) - (b.message.line ?? Infinity) || (a.message.column ?? 0) - (b.message.column ?? 0) || a.index - b.index)
    .map(({ message }) => message)
}

function _isHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase()
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<!doctype html|<head|<body)/.test(head)) return true
  const tags = text.slice(0, 65536).match(/<\/?(?:div|p|span|a|table|td|li|h[1-6]|br|body|meta)\b[^>]*>/gi)
  return (tags?.length ?? 0) >= 5
}

function _binaryAt(text: string): number | undefined {
  // Note: NUL bytes, or many control characters, mean this is no text; only the start is checked.
  const sample = text.slice(0, 65536)
  const nul = sample.indexOf('\0')
  if (nul !== -1) return nul
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
  return controls > sample.length * 0.1 ? 0 : undefined
}

function _show(value: unknown): string {
  return typeof value === 'string' ? value : Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'object' ? 'object' : String(value)
}
