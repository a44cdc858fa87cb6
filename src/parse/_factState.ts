import type { Message } from '../message.js'
import type { Film, Quote } from '../schemas/film.js'
import type { Review } from '../schemas/review.js'
import type { _Field } from './_labels.js'
import type { _Line, _Page } from './_lines.js'
import type { _Point } from './_position.js'

/** The part of a fact page a line belongs to. */
export type _Section =
  | 'main' | 'other' | 'cast' | 'synopsis' | 'extras' | 'trivia' | 'goofs' | 'quotes' | 'review'
  | 'ignore' | 'skip'

/** What the fact reader knows while it walks a page. */
export interface _FactState {
  /** The page's lines. */
  lines: _Line[]
  /** Whether the lines came from HTML. */
  html: boolean
  /** Receives the messages, in input order. */
  messages: Message[]
  /** The site the page is from, as the source of its rating. */
  siteName?: string
  /** The film so far. */
  film: Partial<Film>
  /** Where the title came from, when it was found. */
  titleAt?: _Point
  /** The value each label field got first. */
  seen: Map<_Field, string>
  /** The field of the last label read and the index of its last line, to tell a run of credits. */
  lastLabel?: { field: _Field; end: number } | undefined
  /** Values from the info bar, used only where no label gives them. */
  weak: Partial<Film>
  /** The section the current line is in. */
  section: _Section
  /** The heading level of the skipped block, or `0`. */
  skipLevel: number
  /** How many noise lines were dropped. */
  noise: number
  /** Where the first noise line was. */
  firstNoise?: _Point
  /** Whether the title was found. */
  titleSeen: boolean
  /** Whether a line other than a lone year came after the title. */
  contentSeenAfterTitle: boolean
  /** Whether a line of content was read. */
  contentSeen: boolean
  /** The quote being read. */
  quote?: Quote | undefined
  /** The user review being read. */
  review?: Review | undefined
  /** The lines of the review paragraph being read (plain text). */
  paragraph: string[]
  /** The paragraphs of the synopsis being read. */
  synopsis: string[]
}

/**
 * Starts the state of the fact reader on a page.
 *
 * @param page The page's lines.
 * @param messages Receives the messages, in input order.
 * @param siteName The site the page is from, as the source of its rating.
 * @returns The state at the top of the page.
 */
export function _factState(page: _Page, messages: Message[], siteName?: string): _FactState {
  return {
    lines: page.lines,
    html: page.html,
    messages,
    ...(siteName === undefined ? {} : { siteName }),
    film: {},
    seen: new Map(),
    weak: {},
    section: 'main',
    skipLevel: 0,
    noise: 0,
    titleSeen: false,
    contentSeenAfterTitle: false,
    contentSeen: false,
    paragraph: [],
    synopsis: [],
  }
}
