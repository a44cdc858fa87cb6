import fc from 'fast-check'
import { parse as parseHtml } from 'parse5'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import stringWidth from 'string-width'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { _mdastFilm } from '../src/render/_mdastFilm.js'
import { _createChecker } from '../src/validate/_createChecker.js'
import { _validateJson } from '../src/validate/_validateJson.js'
import { _validateMarkdown } from '../src/validate/_validateMarkdown.js'
import { _validateYaml } from '../src/validate/_validateYaml.js'
import {
  IMPORT_SOURCES,
  importFilm,
  parseFilmPage,
  parseReview,
  safeParseFilm,
  toCard,
  toJsonLd,
  toJsonLdScript,
  toMarkdown,
  type Message,
  type ParseResult,
} from '../src/index.js'
import { HOSTILE, filmArbitrary } from './_filmArbitrary.js'
import { mdastMeaning } from './_mdastMeaning.js'

// Note: bounded so `npm test` stays quick; FC_RUNS=2000 runs a longer search locally.
const RUNS = Number(process.env.FC_RUNS ?? 150)
const TIMEOUT = 60_000

/** Pieces of real inputs, so arbitrary text reaches the parsers' deeper paths, not only their guards. */
const PIECES = [
  ...HOSTILE,
  'Director: ', 'Stars: ', 'Runtime: 120 min', 'Gross USA: $1,000', 'Budget: ', 'Release Date: 8 March 1985 (USA)',
  'Cher - Rusty', ' ... ', ' as ', '(uncredited)', 'Rating: 7.5/10 from 1,234 users', 'See more »', ' | ',
  '★', '☆', '½', '*', '***1/2 out of ****', '4.5 out of 5 stars', 'Grade: B+', '7/10',
  '\n', '\n\n', '\r\n', '\t', '  ', '(', ')', '[[', ']]', '{{', '}}', '{{Infobox film', '| name = ', '<br />',
  '<div>', '</div>', '<script type="application/ld+json">', '</script>', '{"@type":"Movie","name":"x"}',
  '{', '}', '[', ']', '"', ':', ',', '---\n', '```json\n', '# ', '===\n', '\ufeff', '\u0000', '\ud800',
]
const inputArbitrary = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join('')),
)

/**
 * Checks a parse result: messages well formed, and a value, when there is one, that the schemas accept.
 *
 * @param result What a parser returned.
 * @param untitled Whether a value without a title is allowed, as parseFilmPage documents when the
 *   page names none and no `options.title` is given: then a `missing-title` error must say so, and
 *   the value must pass once titled.
 */
function expectWellFormed(result: ParseResult<unknown>, untitled = false): void {
  expect(Array.isArray(result.messages)).toBe(true)
  for (const message of result.messages as Message[]) {
    expect(['error', 'warning', 'info']).toContain(message.severity)
    expect(message.rule).toMatch(/^[a-z][a-z-]*$/)
    expect(typeof message.message).toBe('string')
    if (message.line !== undefined) expect(message.line).toBeGreaterThanOrEqual(1)
    if (message.column !== undefined) expect(message.column).toBeGreaterThanOrEqual(1)
  }
  if (result.value !== undefined) {
    const value = result.value as { title?: string }
    const titled = untitled && value.title === undefined
    if (titled) expect(result.messages.some((message) => message.rule === 'missing-title' && message.severity === 'error')).toBe(true)
    const checked = safeParseFilm(titled ? { ...value, title: 'Title' } : value)
    expect(checked.success, JSON.stringify(checked.issues?.map((issue) => issue.message))).toBe(true)
  }
}

describe('every parser, on arbitrary text', () => {
  it('parseFilmPage returns a valid film or none, and messages, never throwing', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(inputArbitrary, (text) => expectWellFormed(parseFilmPage(text), true)), { numRuns: RUNS })
    fc.assert(fc.property(inputArbitrary, (text) => expectWellFormed(parseFilmPage(text, { title: 'Fallback' }))), { numRuns: RUNS })
  })

  it('parseReview returns a valid film or none, and messages, never throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(inputArbitrary, fc.constantFrom('auto' as const, 'markdown' as const, 'text' as const), (text, format) => expectWellFormed(parseReview(text, { format }))),
      { numRuns: RUNS },
    )
  })

  it('importFilm returns a valid film or none, and messages, from any source, never throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(inputArbitrary, fc.constantFrom(undefined, ...IMPORT_SOURCES), (text, from) => expectWellFormed(importFilm(text, from ? { from } : {}))),
      { numRuns: RUNS },
    )
  })

  it('importFilm reads any JSON value without throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 'omdb' as const, 'imdbapi' as const, 'tmdb' as const, 'jsonld' as const), (value, from) => {
        if (typeof value !== 'object' || value === null) return
        expectWellFormed(importFilm(value, from ? { from } : {}))
        expectWellFormed(importFilm(JSON.stringify(value), from ? { from } : {}))
      }),
      { numRuns: RUNS },
    )
  })

  it('the dataset readers report issues with places, never throwing', { timeout: TIMEOUT }, () => {
    const readers = [_validateJson, _validateYaml, _validateMarkdown]
    fc.assert(
      fc.property(inputArbitrary, fc.constantFrom(...readers.keys()), (text, index) => {
        const report = readers[index]!(text, 'input', _createChecker())
        expect(report.records).toBeGreaterThanOrEqual(0)
        for (const issue of report.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1)
          expect(issue.column).toBeGreaterThanOrEqual(1)
          expect(issue.rule).toMatch(/^[a-z][a-z-]*$/)
        }
      }),
      { numRuns: RUNS },
    )
  })
})


interface HtmlNode {
  nodeName: string
  value?: string
  childNodes?: HtmlNode[]
}

function elements(node: HtmlNode, name: string): HtmlNode[] {
  return [...(node.nodeName === name ? [node] : []), ...(node.childNodes ?? []).flatMap((child) => elements(child, name))]
}

describe('every renderer, on arbitrary valid films', () => {
  it('the film arbitrary gives films the schemas accept', () => {
    fc.assert(
      fc.property(filmArbitrary, (film) => {
        expect(safeParseFilm(film).success).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('toMarkdown reads back, with remark-parse, as the very text of the record', { timeout: TIMEOUT }, () => {
    const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
    fc.assert(
      fc.property(filmArbitrary, (film) => {
        expect(mdastMeaning(reader.parse(toMarkdown(film)))).toEqual(mdastMeaning(_mdastFilm(film, false)))
      }),
      { numRuns: RUNS },
    )
  })

  it('toJsonLdScript is one script element to an HTML parser, and its JSON is toJsonLd', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(filmArbitrary, (film) => {
        const document = parseHtml(`<!doctype html><html><head>${toJsonLdScript(film)}</head><body><p>after</p></body></html>`) as HtmlNode
        const scripts = elements(document, 'script')
        expect(scripts).toHaveLength(1)
        expect(elements(document, 'p')).toHaveLength(1)
        const text = (scripts[0]!.childNodes ?? []).map((child) => child.value ?? '').join('')
        expect(JSON.parse(text)).toEqual(toJsonLd(film))
      }),
      { numRuns: RUNS },
    )
  })

  it('toCard never draws a line wider than its width', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(filmArbitrary, fc.integer({ min: 24, max: 400 }), fc.boolean(), (film, width, ascii) => {
        for (const line of toCard(film, { width, ascii }).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width)
      }),
      { numRuns: RUNS },
    )
  })
})
