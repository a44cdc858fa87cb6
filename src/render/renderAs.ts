import type { Message } from '../message.js'
import type { Film } from '../schemas/index.js'
import { _checkOptions, _show } from './_options.js'
import { toCard, type CardOptions } from './toCard.js'
import { toHtml } from './toHtml.js'
import { toJsonLd, type JsonLdExtraFact } from './toJsonLd.js'
import { toMarkdown, type MarkdownOptions } from './toMarkdown.js'

/** The outputs {@link renderAs} writes. */
export type RenderFormat = 'json' | 'markdown' | 'jsonld' | 'html' | 'card'

/** Every {@link RenderFormat}. */
export const RENDER_FORMATS = ['json', 'markdown', 'jsonld', 'html', 'card'] as const satisfies readonly RenderFormat[]

/** Options of {@link renderAs}: each goes to the renderers that read it. */
export interface RenderOptions {
  /** Card width in display columns (`card`). Default: `60`. */
  width?: number
  /** ASCII-only card (`card`). Default: `false`. */
  ascii?: boolean
  /** YAML front matter holding the record (`markdown`). Default: `false`. */
  frontMatter?: boolean
  /** The page's address, for `url` and `@id`s (`jsonld`, `html`). Default: none. */
  baseUrl?: string
  /** Image addresses (`jsonld`, `html`). Default: none. */
  image?: string | readonly string[]
  /** Review authors that are organizations (`jsonld`, `html`). Default: none. */
  organizations?: readonly string[]
  /** Facts published under your own vocabulary (`jsonld`, `html`). Default: none. */
  extras?: { vocabulary: string; facts: readonly JsonLdExtraFact[] }
}

/** What {@link renderAs} returns: the text and what the renderers had to say. */
export interface RenderResult {
  /** The output, ending in a newline. */
  text: string
  /** Warnings and notes, such as what Google requires but the record lacks. */
  messages: Message[]
}

const OPTIONS = ['width', 'ascii', 'frontMatter', 'baseUrl', 'image', 'organizations', 'extras'] as const

/**
 * Renders one film, or several, in any of reelmark's outputs; what `reelmark render` and
 * `reelmark parse --to` print. Several films give JSON Lines (`json`, `jsonld`), documents one after
 * another (`markdown`, `card`) or one page (`html`), and each message's path then starts with the
 * film's index, such as `"1.reviews.0.author"`.
 *
 * @param film The film, or several.
 * @param to The output: `"json"`, `"markdown"`, `"jsonld"`, `"html"` or `"card"`.
 * @param options Options for the renderers; each reads its own.
 * @returns The text, ending in a newline, and the messages.
 */
export function renderAs(film: Film | readonly Film[], to: RenderFormat, options?: RenderOptions): RenderResult {
  if (!(RENDER_FORMATS as readonly string[]).includes(to)) {
    throw new TypeError(`Cannot render with \`${_show(to)}\` for \`to\`, expected one of: ${RENDER_FORMATS.join(', ')}.`)
  }
  const { width, ascii, frontMatter, ...jsonLdOptions } = _checkOptions(options, 'render', OPTIONS) as RenderOptions
  const several = Array.isArray(film)
  const films = several ? (film as readonly Film[]) : [film as Film]
  const messages: Message[] = []
  const collect = (index: number) => (message: Message) => {
    messages.push(several ? { ...message, path: message.path ? `${index}.${message.path}` : String(index) } : message)
  }
  const markdownOptions: MarkdownOptions = frontMatter === undefined ? {} : { frontMatter }
  const cardOptions: CardOptions = {
    ...(width === undefined ? {} : { width }),
    ...(ascii === undefined ? {} : { ascii }),
  }

  let text: string
  switch (to) {
    case 'json':
      text = several ? films.map((item) => `${JSON.stringify(item)}\n`).join('') : `${JSON.stringify(films[0], null, 2)}\n`
      break
    case 'jsonld':
      text = films
        .map((item, index) => {
          const value = toJsonLd(item, { ...jsonLdOptions, onMessage: collect(index) })
          return `${JSON.stringify(value, null, several ? 0 : 2)}\n`
        })
        .join('')
      break
    case 'markdown':
      text = films.map((item) => toMarkdown(item, markdownOptions)).join('\n')
      break
    case 'card':
      text = films.map((item) => toCard(item, cardOptions)).join('\n')
      break
    case 'html':
      // Note: the page holds each film's JSON-LD; render it once more per film to tell whose message is whose.
      films.forEach((item, index) => toJsonLd(item, { ...jsonLdOptions, onMessage: collect(index) }))
      text = toHtml(films, jsonLdOptions)
      break
  }
  return { text, messages }
}
