import type { Message } from '../message.js'
import type { Film, Quote } from '../schemas/film.js'
import type { Review } from '../schemas/review.js'
import { _findDate } from './_dates.js'
import { _lookupLabel, _normaliseLabel, type _Field } from './_labels.js'
import type { _Line, _Page } from './_lines.js'
import { _isNoise } from './_noise.js'
import type { _Point } from './_position.js'
import { _readCastLine, _readGoof, _readQuoteLine, _readReviewRating, _withCharacter } from './_readExtras.js'
import {
  _findMinutes,
  _isName,
  _readBudget,
  _readGrosses,
  _readPeople,
  _readRating,
  _readReleaseDates,
  _readRuntimes,
  _splitList,
  _trimValue,
  type _Part,
} from './_values.js'

/** What the fact reader found. */
export interface _Facts {
  /** The film so far; `title` may be missing. */
  film: Partial<Film>
  /** Where the title came from, when it was found. */
  titleAt?: _Point
}

type _Section =
  | 'main' | 'other' | 'cast' | 'synopsis' | 'extras' | 'trivia' | 'goofs' | 'quotes' | 'review'
  | 'ignore' | 'skip'

// Section headings, in lower case without trailing punctuation.
const HEADINGS: Record<string, _Section> = {
  cast: 'cast', 'cast overview': 'cast', 'cast overview, first billed only': 'cast', 'top cast': 'cast',
  'full cast': 'cast', 'cast & crew': 'cast', 'cast and crew': 'cast', 'cast list': 'cast',
  storyline: 'synopsis', 'plot summary': 'synopsis', synopsis: 'synopsis', plot: 'synopsis',
  summary: 'synopsis', story: 'synopsis', 'movie info': 'synopsis', 'plot synopsis': 'synopsis',
  'did you know': 'extras', 'fun facts': 'extras', 'fun stuff': 'extras', 'trivia & goofs': 'extras',
  trivia: 'trivia', goofs: 'goofs', quotes: 'quotes', 'memorable quotes': 'quotes',
  'user review': 'review', 'user reviews': 'review', 'featured review': 'review', review: 'review',
  'featured user review': 'review',
  'crazy credits': 'ignore', 'alternate versions': 'ignore', connections: 'ignore',
  'movie connections': 'ignore', soundtracks: 'ignore', soundtrack: 'ignore',
  'frequently asked questions': 'skip', faq: 'skip', details: 'main', 'box office': 'main',
  'technical specs': 'main', 'company credits': 'main', 'main details': 'main', overview: 'main',
  'title details': 'main', 'film details': 'main', 'movie details': 'main', facts: 'main',
  'comment on this title': 'review', 'critics consensus': 'skip', 'critic reviews': 'skip', 'audience reviews': 'skip',
  awards: 'ignore', 'awards & nominations': 'ignore', 'parents guide': 'ignore',
}

// Headings of blocks about other films, navigation and widgets.
const SKIP_HEADING =
  /^(?:recommendations?|more like this|people who liked this.*|users who liked.*|if you enjoyed this.*|related .*|recommended.*|similar .*|you (?:may|might) also like.*|more from .*|other films.*|because you watched.*|see also|message boards?|editorial lists|user lists|user polls|sponsored links.*|around the web|share this.*|explore more.*|recently viewed|quick ?links.*|contribute to this page|getting started.*|photos|videos|news|trending.*|popular .*|top box office|coming soon.*|now playing|opening this week|where to watch|watch now|external links|advertisement|news & interviews.*|(?:critic|audience|user|top critic) reviews (?:for|of) .*|top rated .*|most popular .*|recent posts.*)$/

const GENRES =
  /^(?:action|adventure|animation|biography|comedy|crime|documentary|drama|family|fantasy|film-noir|film noir|history|horror|music|musical|mystery|romance|sci-fi|science fiction|sport|sports|thriller|war|western|short|adult|reality-tv|news|talk-show|game-show)$/i

// Labels written without a colon, as in "Directed by Wolfgang Petersen".
const BY_LABEL = /^(directed by|written by|screenplay by|writing credits(?: \(wga\))?|starring|produced by|music by)(?=\s|$)\s*(.*)$/i

const LABEL = /^([\p{L}][\p{L}\p{N} '’&/().-]{0,40}?)\s*[:：]\s*(.*)$/u

const LIST_FIELDS = new Set<_Field>(['directors', 'writers', 'stars', 'countries', 'languages', 'genres', 'cast'])

/**
 * Reads the facts of a film from the lines of a fact page: labelled values, a cast list, prose,
 * trivia, goofs, quotes and a user review; reports empty values, unknown labels and noise.
 *
 * @param page The page's lines.
 * @param messages Receives the messages, in input order.
 * @param siteName The site the page is from, as the source of its rating.
 * @returns The facts found.
 */
export function _readFacts(page: _Page, messages: Message[], siteName?: string): _Facts {
  const { lines, html } = page
  const film: Partial<Film> = {}
  const facts: _Facts = { film }
  const seen = new Map<_Field, string>()
  const weak: Partial<Film> = {}
  let section = 'main' as _Section
  let skipLevel = 0
  let noise = 0
  let firstNoise: _Point | undefined
  let titleSeen = false
  let contentSeenAfterTitle = false
  let contentSeen = false
  let quote: Quote | undefined
  let review: Review | undefined
  let paragraph: string[] = []
  let synopsis: string[] = []

  const say = (line: _Line, index: number, severity: Message['severity'], rule: string, message: string, path?: string) => {
    const point = line.at(index)
    messages.push({ severity, rule, message, line: point.line, column: point.column, ...(path ? { path } : {}) })
  }
  const push = <K extends keyof Film>(key: K, ...items: NonNullable<Film[K]> extends (infer I)[] ? I[] : never) => {
    const list = (film[key] ?? []) as unknown[]
    for (const item of items) {
      if (!list.some((old) => JSON.stringify(old) === JSON.stringify(item))) list.push(item)
    }
    if (list.length) (film as Record<string, unknown>)[key] = list
  }
  const endQuote = () => {
    if (quote?.lines.length) push('quotes', quote)
    quote = undefined
  }
  const endReview = () => {
    if (!review) return
    if (paragraph.length) review.sections[0]!.paragraphs.push(paragraph.join(' '))
    paragraph = []
    const { title, author, datePublished, sections } = review
    if (sections[0]!.paragraphs.length) {
      const rating = _readReviewRating(sections[0]!.paragraphs.join('\n'))
      push('reviews', {
        ...(title ? { title } : {}),
        ...(author ? { author } : {}),
        ...(datePublished ? { datePublished } : {}),
        ...(rating ? { rating } : {}),
        sections,
      })
    }
    review = undefined
  }
  const endSynopsis = () => {
    if (synopsis.length && !film.synopsis) {
      const text = synopsis.join('\n\n').replace(/\s*(?:—|–|-)?\s*Written by\s+[^.]{2,60}$/i, '').trim()
      // Note: a plot of a sentence or two is the logline.
      if (text && !film.logline && synopsis.length === 1 && _sentences(text) <= 2 && text.length <= 300) film.logline = text
      else if (text) film.synopsis = text
    }
    synopsis = []
  }
  const enter = (next: _Section) => {
    endQuote()
    endReview()
    endSynopsis()
    section = next
    if (next === 'review') review = { sections: [{ kind: 'overview', paragraphs: [] }] }
  }

  const headingOf = (line: _Line): _Section | undefined => {
    // Note: on HTML pages links never open a section, and other lines only with a known heading.
    if (html && line.link) return undefined
    const text = line.text.replace(/\s*(?:\(\d[\d,]*\)|»|:|\?|edit)\s*$/i, '').trim()
    if (text.split(' ').length > 8) return undefined
    const normal = _normaliseLabel(text.replace(/\?$/, ''))
    if (HEADINGS[normal]) return HEADINGS[normal]
    if (SKIP_HEADING.test(normal)) return 'skip'
    if (html && !line.heading) return undefined
    if (html && line.heading >= 2 && line.heading <= 4 && titleSeen && !LABEL.test(line.text)) return 'other'
    return undefined
  }

  // The value of a label: after the colon, or on the next lines when the page puts it there.
  const valueOf = (index: number, inline: string, field: _Field): { text: string; line: _Line; column: number; used: number } => {
    const line = lines[index]!
    if (inline.trim()) return { text: inline, line, column: line.text.length - inline.length, used: 0 }
    const values: string[] = []
    let used = 0
    for (let next = index + 1; next < lines.length && used < 30; next++) {
      const candidate = lines[next]!
      if (!candidate.text || candidate.heading === 1) break
      const labelled = _labelOf(candidate.text)
      if ((labelled && (labelled.field || !html)) || headingOf(candidate)) break
      const text = _trimValue(candidate.text)
      if (values.length && (!LIST_FIELDS.has(field) || !_readPeople(text).length || field === 'cast')) break
      values.push(text)
      used = next - index
      if (!html || !LIST_FIELDS.has(field)) break
    }
    if (!values.length) return { text: '', line, column: line.text.length, used: 0 }
    const first = lines[index + 1]!
    return { text: values.join(LIST_FIELDS.has(field) ? ', ' : ' '), line: first, column: 0, used }
  }

  const empty = (line: _Line, column: number, label: string, path: string, text: string) => {
    const bare = text.replace(/[|/,;()\s]/g, '')
    if (!bare || !/\d|\p{L}/u.test(bare) || (path === 'runtimes' && !/\d/.test(text))) {
      say(line, column, 'warning', 'empty-value', `The label "${label}" has no value.`, path)
    } else {
      say(line, column, 'warning', 'bad-value', `Cannot read "${text.trim()}" as a value of "${label}".`, path)
    }
  }

  const parts = <T>(key: 'runtimes' | 'releaseDates' | 'grosses', found: _Part<T>[], line: _Line, column: number, label: string, text: string) => {
    const read = found.filter((part) => part.value !== undefined)
    if (!read.length) return empty(line, column, label, key, text)
    for (const part of found) {
      if (part.value === undefined && part.text.trim()) {
        say(line, column + part.offset, 'warning', /\d/.test(part.text) ? 'bad-value' : 'empty-value',
          `Cannot read "${part.text.trim()}" as a value of "${label}".`, key)
      }
    }
    push(key, ...(read.map((part) => part.value) as never[]))
  }

  const label = (index: number, name: string, inline: string, field: _Field, rest: string): number => {
    const line = lines[index]!
    const { text: raw, line: at, column, used } = valueOf(index, inline, field)
    const text = _trimValue(raw)
    const path = field
    // Other films' facts repeat labels further down; the first value stands.
    if (['title', 'year', 'directors', 'writers', 'stars', 'budget', 'logline', 'taglines', 'genres', 'countries', 'languages', 'originalTitle'].includes(field) && seen.has(field)) {
      if (seen.get(field) !== text && text) {
        say(line, 0, 'info', 'repeated-label', `The label "${name}" appears again with another value; the first one is kept.`, path)
      }
      return used
    }
    if (field !== 'known') seen.set(field, text)
    if (['trivia', 'goofs', 'quotes', 'synopsis', 'review', 'cast'].includes(field) && !text) {
      enter(field === 'goofs' ? 'goofs' : field === 'quotes' ? 'quotes' : field === 'trivia' ? 'extras' : (field as _Section))
      return used
    }
    if (field === 'known') return html && !inline.trim() ? used : 0
    if (!text) {
      empty(at, column, name, fieldPath(field), text)
      return used
    }
    contentSeen = true
    switch (field) {
      case 'title':
        film.title = text.replace(/\s*\((?:\d{4}|original title)\)$/i, '')
        facts.titleAt = at.at(column)
        titleSeen = true
        break
      case 'originalTitle':
        film.originalTitle = text
        break
      case 'year': {
        const year = /\b(1[89]\d\d|20\d\d)\b/.exec(text)
        if (year) film.year = Number(year[1])
        else empty(at, column, name, 'year', text)
        break
      }
      case 'releaseDate':
        parts('releaseDates', _readReleaseDates(text, rest), at, column, name, text)
        break
      case 'runtime':
        parts('runtimes', _readRuntimes(raw, rest), at, column, name, raw)
        break
      case 'gross':
        parts('grosses', _readGrosses(text, name), at, column, name, text)
        break
      case 'budget': {
        const money = _readBudget(text)
        if (money) film.budget = money
        else empty(at, column, name, 'budget', text)
        break
      }
      case 'countries':
      case 'languages':
      case 'genres': {
        const items = _splitList(text).filter((item) => item.length < 40)
        if (items.length) push(field, ...items)
        else empty(at, column, name, field, text)
        break
      }
      case 'filmingLocations': {
        const places = text.split(/\s*(?:\||;|\s\/\s)\s*/).map((place) => place.trim()).filter(Boolean)
        push('filmingLocations', ...places)
        break
      }
      case 'directors':
      case 'writers':
      case 'stars': {
        const names = _readPeople(text)
        if (names.length) push(field, ...names.map((name) => ({ name })))
        else empty(at, column, name, field, text)
        break
      }
      case 'cast':
        for (const item of _splitList(text)) {
          const credit = _readCastLine(item) ?? (_isName(item) ? { name: item } : undefined)
          if (credit) push('cast', credit)
        }
        break
      case 'taglines':
        push('taglines', text)
        break
      case 'rating': {
        const rating = _readRating(text)
        // Note: "Rating: R" is a certificate, not a score.
        if (!rating) {
          if (/\d/.test(text) && !/^(?:pg|nc|r|g|x|u|tv)\b/i.test(text)) empty(at, column, name, 'ratings', text)
          break
        }
        const source = _sourceOf(name, siteName)
        if (!film.ratings?.some((old) => old.source === source)) push('ratings', { ...rating, ...(source ? { source } : {}) })
        break
      }
      case 'logline':
        film.logline = text
        break
      case 'synopsis':
        // Note: a "Plot:" of a sentence or two is the logline; a longer one the synopsis.
        if (!film.logline && _sentences(text) <= 2 && text.length <= 300) film.logline = text
        else if (!film.synopsis) film.synopsis = text
        break
      case 'trivia':
        push('trivia', text)
        section = 'extras'
        break
      case 'goofs':
        push('goofs', _readGoof(text) ?? { text })
        section = 'goofs'
        break
      case 'quotes': {
        const quoteLine = _readQuoteLine(text)
        if (quoteLine) push('quotes', { lines: [quoteLine] })
        section = 'quotes'
        break
      }
      case 'review':
        enter('review')
        review!.title = text
        break
      case 'imdb': {
        const id = /tt\d{7,10}/.exec(text)
        if (id) film.ids = { ...film.ids, imdb: id[0] }
        break
      }
    }
    return used
  }

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    let text = line.text
    if (!text) {
      // A blank line ends a paragraph, a quote and a run of prose.
      if (section === 'review' && paragraph.length) {
        review!.sections[0]!.paragraphs.push(paragraph.join(' '))
        paragraph = []
      }
      if (section === 'quotes' || section === 'extras') endQuote()
      continue
    }

    // A user review runs until its closing line.
    if (section === 'review' && /people found (?:this|the following) (?:review|comment)|was this review helpful|^review this title|^comments are closed/i.test(text)) {
      if (/^comments are closed/i.test(text)) {
        noise++
        firstNoise ??= line.at(0)
      }
      if (review?.sections[0]!.paragraphs.length || paragraph.length) enter('main')
      else if (/^comments are closed/i.test(text)) enter('main')
      continue
    }

    const heading = headingOf(line)
    // Note: inside a skipped block, only a heading as high as its own ends it.
    const level = line.heading || 7
    if (heading && !(section === 'skip' && (heading === 'other' || (html && level > skipLevel)))) {
      enter(heading)
      skipLevel = heading === 'skip' ? level : 0
      continue
    }
    if (section === 'skip') continue

    // Link words at the end ("See more »") go; a line of nothing else is noise.
    const bare = _trimValue(text)
    if (!bare || _isNoise(bare)) {
      noise++
      firstNoise ??= line.at(0)
      continue
    }

    text = bare

    // Labels: known ones are read, unknown ones reported where facts are expected.
    const labelled = _labelOf(text)
    if (labelled) {
      const { name, value, field, rest } = labelled
      const inSection = section === 'extras' || section === 'trivia' || section === 'goofs' || section === 'quotes' || section === 'review'
      if (field && !(inSection && field === 'known' && value) && !(section === 'review' && !['review'].includes(field) && value.length > 80)) {
        if (inSection || section === 'ignore' || section === 'cast' || section === 'synopsis') enter(html ? 'other' : 'main')
        index += label(index, name, value, field, rest)
        continue
      }
      if (!field && !inSection && section !== 'ignore' && section !== 'cast' && _looksLikeLabel(name, value)) {
        say(line, 0, 'warning', 'unknown-label', `The label "${name}" is not part of the film record; its value is left out.`)
        continue
      }
    }

    switch (section) {
      case 'cast': {
        const pending = /^(.+?)\s*(?:\.\.\.|…|-|–|—|\bas)$/.exec(text.replace(/\s*\t\s*/g, ' ').trim())
        if (pending && _isName(pending[1]!)) {
          const next = lines[index + 1]
          const credit = { name: pending[1]! }
          if (next?.text && !_labelOf(next.text) && !headingOf(next) && !_readCastLine(next.text)) {
            push('cast', _withCharacter(credit, next.text))
            index++
          } else push('cast', credit)
          continue
        }
        const credit = _readCastLine(text)
        if (credit) {
          push('cast', credit)
          continue
        }
        const last = film.cast?.at(-1)
        if (last && !last.character && /^as\s+\S/i.test(text)) {
          film.cast![film.cast!.length - 1] = _withCharacter(last, text)
          continue
        }
        if (_isName(text.replace(/\s*\([^)]*\)/g, ''))) {
          push('cast', { name: text.replace(/\s*\([^)]*\)/g, '').trim() })
          continue
        }
        enter(html ? 'other' : 'main')
        break
      }
      case 'synopsis': {
        // Note: plot summaries are often signed: "... named Red. Written by J-S-Golden".
        const unsigned = text.replace(/\s*(?:(?:—|–|-|~)\s*|(?:Written by|Summary by)\s+)[^\s.~—–-][^.~—–]{0,50}$/i, '')
        if (_isProse(unsigned)) {
          synopsis.push(unsigned)
          continue
        }
        enter(html ? 'other' : 'main')
        break
      }
      case 'review': {
        if (!review) enter('review')
        const current = review!
        const meta = _reviewMeta(text)
        if (meta && !current.sections[0]!.paragraphs.length && !paragraph.length) {
          if (meta.date) current.datePublished ??= meta.date
          if (meta.author) current.author ??= meta.author
          if (meta.title && !current.title) current.title = meta.title
          continue
        }
        // Note: a review's headline is a short first line standing alone, often in title case.
        const alone = html || !lines[index + 1]?.text
        if (!current.title && !current.sections[0]!.paragraphs.length && !paragraph.length && alone && text.length <= 120 && (!_isProse(text) || _titleCase(text))) {
          current.title = text.replace(/[.,]\s*$/, '')
          continue
        }
        if (html) current.sections[0]!.paragraphs.push(text)
        else paragraph.push(text)
        continue
      }
      case 'extras':
      case 'trivia':
      case 'goofs':
      case 'quotes': {
        text = _trimValue(text)
        if (!text) continue
        const goof = section !== 'quotes' && section !== 'trivia' ? _readGoof(text) : undefined
        if (goof) {
          endQuote()
          push('goofs', goof)
          continue
        }
        if (/^\[[^\]]+\]$/.test(text)) continue
        const quoteLine = section !== 'trivia' && section !== 'goofs' ? _readQuoteLine(text) : undefined
        if (quoteLine) {
          quote ??= { lines: [] }
          quote.lines.push(quoteLine)
          continue
        }
        endQuote()
        if (section === 'goofs') push('goofs', { text })
        else if (section === 'quotes') push('quotes', { lines: [{ text }] })
        else push('trivia', text)
        continue
      }
      case 'ignore':
        continue
    }

    // Main text: the title, an info bar, a cast list, prose.
    if (!titleSeen && (html ? line.heading === 1 : !contentSeen)) {
      const title = _readTitleLine(text)
      if (title && (html || (!_isProse(text) && !_findDate(text) && text.length <= 100))) {
        film.title = title.title
        if (title.year) film.year ??= title.year
        facts.titleAt = line.at(0)
        titleSeen = true
        contentSeen = true
        continue
      }
    }
    if (html && !titleSeen) continue
    // A year alone just under the title: "The Shawshank Redemption" then "1994".
    const lone = /^\(?(1[89]\d\d|20\d\d)\)?$/.exec(text)
    if (lone && !contentSeenAfterTitle) {
      film.year ??= Number(lone[1])
      continue
    }
    contentSeenAfterTitle = true
    if (/\(original title\)$/i.test(text)) {
      film.originalTitle ??= text.replace(/\s*\(original title\)$/i, '')
      continue
    }
    const bar = _readInfoBar(text)
    if (bar) {
      if (bar.minutes) weak.runtimes ??= [{ minutes: bar.minutes }]
      if (bar.genres.length) weak.genres ??= bar.genres
      continue
    }
    const credit = _readCastLine(text)
    if (credit && (_readCastLine(lines[index + 1]?.text ?? '') || _readCastLine(lines[index - 1]?.text ?? ''))) {
      push('cast', credit)
      contentSeen = true
      continue
    }
    if (!contentSeen && !html && _findDate(text)?.start === 0 && text.length < 40) continue
    if (_isProse(text) && section === 'main') {
      contentSeen = true
      if (!film.logline && _sentences(text) <= 2 && text.length <= 400) film.logline = text
      else if (!html && !film.synopsis) film.synopsis = text
      continue
    }
    contentSeen = true
  }
  enter('main')

  // Values from the info bar count only where no label gave them.
  if (!film.runtimes && weak.runtimes) film.runtimes = weak.runtimes
  if (!film.genres && weak.genres) film.genres = weak.genres
  if (noise) {
    messages.push({
      severity: 'info',
      rule: 'noise',
      message: `Dropped ${noise} noise line${noise === 1 ? '' : 's'} that carry no fact.`,
      ...(firstNoise ?? {}),
    })
  }
  return facts
}

function fieldPath(field: _Field): string {
  return field === 'releaseDate' ? 'releaseDates' : field === 'runtime' ? 'runtimes' : field === 'gross' ? 'grosses' : field === 'rating' ? 'ratings' : field
}

function _labelOf(text: string): { name: string; value: string; field?: _Field; rest: string } | undefined {
  const by = BY_LABEL.exec(text)
  if (by) {
    const found = _lookupLabel(by[1]!)
    return { name: by[1]!, value: by[2]!, field: found?.field ?? 'known', rest: '' }
  }
  const match = LABEL.exec(text)
  if (!match) return undefined
  const name = match[1]!.trim()
  const found = _lookupLabel(name)
  return { name, value: match[2]!, ...(found ? { field: found.field, rest: found.rest } : { rest: '' }) }
}

function _looksLikeLabel(name: string, value: string): boolean {
  return name.split(' ').length <= 4 && /^\p{Lu}/u.test(name) && !/^\/\//.test(value) && !/^\d/.test(name)
}

function _isProse(text: string): boolean {
  return text.split(' ').length >= 8 && /[.!?"”')]$/.test(text) && /\p{Ll}/u.test(text)
}

function _titleCase(text: string): boolean {
  const words = text.split(' ').filter((word) => word.length > 3)
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.6
}

function _sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length
}

function _readTitleLine(text: string): { title: string; year?: number } | undefined {
  const match = /^(.+?)\s*\((?:[^)]*?\s)?(1[89]\d\d|20\d\d)(?:[–-]\s*(?:\d{4})?)?\)(?:\s.{0,40})?$/.exec(text)
  if (match) return { title: match[1]!.trim(), year: Number(match[2]) }
  if (/^imdb\s*>/i.test(text)) return undefined
  return text.length <= 150 ? { title: text.trim() } : undefined
}

function _readInfoBar(text: string): { minutes?: number; genres: string[] } | undefined {
  const parts = text.split(/\s+[|-]\s+|\s*\|\s*/).map((part) => part.trim()).filter(Boolean)
  if (parts.length < 2) return undefined
  const genres = parts.flatMap((part) => part.split(/\s*\|\s*/)).filter((part) => GENRES.test(part))
  const minutes = parts.map((part) => (/^\d+\s*(?:min|h)|^\d+h\s*\d+min$/i.test(part) ? _findMinutes(part)?.minutes : undefined)).find(Boolean)
  if (!minutes && genres.length < 1) return undefined
  if (parts.some((part) => part.split(' ').length > 6)) return undefined
  return { ...(minutes ? { minutes } : {}), genres }
}

function _sourceOf(label: string, siteName?: string): string | undefined {
  const normal = label.toLowerCase()
  if (normal.includes('imdb')) return 'IMDb'
  if (normal.includes('tomatometer')) return 'Rotten Tomatoes'
  if (normal.includes('metascore')) return 'Metacritic'
  return siteName
}

function _reviewMeta(text: string): { date?: string; author?: string; title?: string } | undefined {
  // "19 May 2004 | by rainman-33 (Texas, USA)", "Author: maurizio toni (tekton) from Italy",
  // "It can be enjoyable also for classicists, 10 May 2005".
  const author = /(?:^|\|\s*)(?:by|author:)\s+([^|()–—]+?)(?:\s*\(|\s+from\s|\s*[–—|]|$)/i.exec(text)
  const date = _findDate(text)
  const dated = date ? { date: date.date } : {}
  if (author) return { ...dated, author: author[1]!.trim() }
  if (!date) return undefined
  if (date.start === 0 && (date.end === text.length || /^\s*\|/.test(text.slice(date.end)))) return dated
  if (date.end === text.length && /,\s*$/.test(text.slice(0, date.start))) {
    return { ...dated, title: text.slice(0, date.start).replace(/,\s*$/, '').trim() }
  }
  return undefined
}
