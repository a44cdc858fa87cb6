import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { _Line, _Page } from './_lines.js'
import { _isProse } from './_isProse.js'
import { _lookupLabel } from './_labels.js'
import { _positions } from './_position.js'

/** What an HTML page offers besides its visible text. */
export interface _HtmlPage extends _Page {
  /** The text of every `<script type="application/ld+json">`, and where it starts. */
  jsonLd: { source: string; offset: number }[]
  /** The document title, from `<title>`. */
  documentTitle?: string
  /** The site's name, from `og:site_name` or the end of the document title. */
  siteName?: string
  /** The page's address, from the canonical link or `og:url`. */
  url?: string
  /** The address of the page's icon, a last hint of its site. */
  icon?: string
  /** The IMDb title ids and TMDB movie ids that the page's own address and content links name. */
  linkedIds: { imdb: Set<string>; tmdb: Set<number> }
}

/** Adds the film ids an address names ("https://www.imdb.com/title/tt2543164/") to a page's. */
export function _collectIds(href: string, ids: _HtmlPage['linkedIds']): void {
  const imdb = /^(?:https?:)?\/\/(?:[a-z]+\.)?imdb\.com\/title\/(tt\d{7,10})(?:[/?#]|$)/i.exec(href)?.[1]
  if (imdb) ids.imdb.add(imdb)
  const tmdb = /^(?:https?:)?\/\/(?:www\.)?themoviedb\.org\/movie\/(\d{1,9})(?:[-/?#]|$)/i.exec(href)?.[1]
  if (tmdb) ids.tmdb.add(Number(tmdb))
}

// Elements whose text is never part of the page's facts.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'nav', 'footer', 'aside',
  'select', 'option', 'button', 'textarea', 'input', 'head', 'dialog', 'map', 'canvas', 'video',
  'audio', 'form',
])

// Elements that break lines.
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'ul', 'body', 'html', 'center',
])

// Inline elements, whose hidden text is still read.
const INLINE_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'small', 'abbr', 'time', 'data'])

// Film sites by the host their pages live on, for naming the source of a rating.
const SITES: Record<string, string> = {
  'imdb.com': 'IMDb', 'rottentomatoes.com': 'Rotten Tomatoes', 'metacritic.com': 'Metacritic',
  'letterboxd.com': 'Letterboxd', 'themoviedb.org': 'TMDB', 'allocine.fr': 'AlloCiné',
  'kinopoisk.ru': 'Kinopoisk', 'filmweb.pl': 'Filmweb', 'douban.com': 'Douban', 'csfd.cz': 'ČSFD',
  'boxofficemojo.com': 'Box Office Mojo', 'mubi.com': 'MUBI', 'moviepilot.de': 'Moviepilot',
  'ofdb.de': 'OFDb', 'filmaffinity.com': 'FilmAffinity', 'sensacine.com': 'SensaCine',
  'port.hu': 'PORT.hu', 'trakt.tv': 'Trakt', 'allmovie.com': 'AllMovie', 'tvguide.com': 'TV Guide',
}

/**
 * Names a film site by a link to it: "https://www.imdb.com/title/..." is IMDb.
 *
 * @param url An address.
 * @returns The site's name, its host when it is not a known film site, or `undefined`.
 */
export function _siteOf(url: string | undefined): string | undefined {
  const host = url && /^(?:https?:)?\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase()
  if (!host) return undefined
  const known = Object.keys(SITES).find((domain) => host === domain || host.endsWith(`.${domain}`))
  return known ? SITES[known] : host.replace(/^www\./, '')
}

// Class and id words of navigation, widgets, ads, and blocks about other films.
const SKIP_NAMES =
  /^(?:nav|navbar|navigation|nav[-_].*|.*[-_]nav|nb\d*|nb_.*|menu.*|.*[-_]menu|sub_?nav|breadcrumbs?|crumbs|.*crumbs|footer|.*[-_]footer|ads?|advert.*|.*[-_]ads?|ad[-_].*|sponsor.*|.*sponsor.*|rec|recs|rec[-_].*|recommend.*|related.*|.*[-_]related|similar.*|more[-_]?like.*|share.*|social.*|sidebar.*|.*sidebar.*|aux-content.*|widget.*|modal.*|quicklinks?.*|wlb_.*|user-rating-widget|rate[-_]?this.*|boards|message[-_]?boards?|list-preview.*|user[-_]lists?|cookie.*|consent.*|login.*|signin|register|shopbox|.*shopbox|.*recent|.*adrhs|.*lhs|top_ad.*|bottom_ad.*|amazon.*|news.*|.*[-_]news|mediastrip.*|media_strip.*|photos?[-_].*|.*carousel.*|video[-_].*|trailers?|hidden|hide|sr-only|visually-hidden|offscreen|polls?|faq|.*[-_]faq|editorial.*|watchlist.*|.*[-_]watchlist)$/i

// Links to more of a list, never an item of it.
const MORE_LINK = /^(?:see |show |view )?(?:more|all|full)\b|[»…›]\s*$|^\W*$/i

// Landmark roles of page chrome, whatever the element.
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary'])

// Headings of blocks that hold the film's own credits, even when styled as a carousel.
const CREDITS_HEADING = /^(?:top |top billed |main |series |full )?cast(?: & crew| and crew)?$/i

function _skipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName)) return true
  const props = element.properties
  if (SKIP_ROLES.has(String(props.role ?? '').toLowerCase())) return true
  // Note: citation marks ("[1]", "[a]") after a value are no part of it.
  if (element.tagName === 'sup' && /^\s*\[[^\]]{1,24}\]\s*$/.test(toText(element))) return true
  if (props.hidden !== undefined && props.hidden !== null && String(props.hidden) !== 'false') return true
  if (String(props.ariaHidden) === 'true') return true
  const style = typeof props.style === 'string' ? props.style : ''
  // Note: hidden inline text often carries the data itself ("7.0/10" behind a star widget).
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) && !INLINE_TAGS.has(element.tagName)) return true
  // Note: a page's own title is kept even when its element carries a widget-like class, and a
  // paragraph styled as a block's footer ("116 mins · More at IMDb") is content.
  if (/^h[1-2]$/.test(element.tagName) || element.tagName === 'p') return false
  // Note: a custom element's name says what it is as a class would ("rt-header-nav").
  const names = [...(Array.isArray(props.className) ? props.className : []), props.id, element.tagName.includes('-') ? element.tagName : undefined]
  // Note: a block that holds the page's main heading is the page itself, whatever its class says.
  return names.some((name) => typeof name === 'string' && SKIP_NAMES.test(name)) && !_holdsTitle(element) && !_holdsCredits(element)
}

// Note: a carousel of cast cards is the film's own cast; its heading says so.
function _holdsCredits(element: Element): boolean {
  const heading = _firstHeading(element)
  return heading !== undefined && CREDITS_HEADING.test(toText(heading).replace(/\s+/g, ' ').trim())
}

function _firstHeading(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (/^h[1-6]$/.test(child.tagName)) return child
    const found = _firstHeading(child)
    if (found) return found
  }
  return undefined
}

function _elements(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element')
}

function _hasText(node: Element): boolean {
  return node.children.some((child) => child.type === 'text' && child.value.trim() !== '')
}

function _textOf(node: Element): string {
  return toText(node).replace(/[\s\u00a0\u202f]+/g, ' ').trim()
}

/**
 * Tells whether a table row or a definition term is a label for the cell beside it: short text
 * that is no sentence, as in `<th>Running time</th><td>124 minutes</td>`.
 */
function _isPairLabel(node: Element): boolean {
  const label = _textOf(node)
  return label.length > 0 && label.length <= 40 && !/[.!?]$/.test(label)
}

/**
 * Finds the two parts of a card, a block of exactly two short leaf blocks as in
 * `<div><h3>Song Kang-ho</h3><p>Kim Ki-taek</p></div>`: an actor and the character beside.
 */
function _cardParts(node: Element): [Element, Element] | undefined {
  if (!['div', 'li', 'article', 'figure', 'section'].includes(node.tagName) || _hasText(node)) return undefined
  const parts = _elements(node).filter((child) => !_skipped(child) && _textOf(child))
  if (parts.length !== 2) return undefined
  const leaf = (part: Element) =>
    BLOCK_TAGS.has(part.tagName) && !_elements(part).some((child) => BLOCK_TAGS.has(child.tagName) || child.tagName === 'img') && _textOf(part).length <= 60
  if (!parts.every(leaf)) return undefined
  // Note: a label/value pair or a sentence is no card.
  if (parts.some((part) => /[:.!?]$/.test(_textOf(part)) || /\d/.test(_textOf(part)))) return undefined
  return [parts[0]!, parts[1]!]
}

const SCORE = /^\d{1,3}(?:[.,]\d{1,2})?\s*%?$/

/**
 * Finds the scores of a score block, each a label beside a number and the lines after them, as in
 * `<div><div>Metascore</div><div><span>96</span></div><div>Based on 53 Critic Reviews</div></div>`
 * or `<rt-text>94%</rt-text><rt-text>Tomatometer</rt-text><rt-link>402 Reviews</rt-link>`.
 *
 * @returns Each score's label, then its number and what follows; `undefined` when the block is
 * not made of scores alone.
 */
function _scoreGroups(node: Element): Element[][] | undefined {
  if (!['div', 'li', 'section', 'article', 'dl'].includes(node.tagName) && !node.tagName.includes('-')) return undefined
  if (_hasText(node)) return undefined
  // Note: most blocks fail on their shape alone, before any text is gathered.
  const children = _elements(node)
  if (children.length < 2 || children.length > 8) return undefined
  const parts = children.filter((child) => !_skipped(child) && _textOf(child))
  const texts = parts.map(_textOf)
  const isLabel = (index: number) => (texts[index]?.length ?? 99) <= 30 && _lookupLabel(texts[index]!)?.field === 'rating'
  const isScore = (index: number) => SCORE.test(texts[index] ?? '')
  const groups: Element[][] = []
  for (let index = 0; index < parts.length; index++) {
    if (isLabel(index) && isScore(index + 1)) groups.push([parts[index]!, parts[++index]!])
    else if (isScore(index) && isLabel(index + 1)) groups.push([parts[index + 1]!, parts[index++]!])
    else if (groups.length && !isScore(index) && !isLabel(index)) groups.at(-1)!.push(parts[index]!)
    else return undefined
  }
  return groups.length ? groups : undefined
}

/**
 * Finds the label that starts a paragraph in an element of its own, as in
 * `<p><strong>Budget</strong> $47,000,000</p>` or `<div><span>Durée</span> 1h 56min</div>`: a
 * known label, with a value after it.
 */
function _boldLabel(node: Element): Element | undefined {
  if (!['p', 'li', 'div'].includes(node.tagName)) return undefined
  const first = node.children.find((child) => child.type !== 'text' || child.value.trim() !== '')
  if (first?.type !== 'element' || !['strong', 'b', 'span'].includes(first.tagName)) return undefined
  const label = _textOf(first).replace(/[:：]$/, '')
  if (label.length > 40 || !_lookupLabel(label)) return undefined
  const rest = node.children.slice(node.children.indexOf(first) + 1)
  return rest.some((child) => (child.type === 'text' ? child.value.trim() : child.type === 'element' && toText(child).trim())) ? first : undefined
}

// Note: a heading that names a list field ("Director", "Genres") labels the names below it.
function _isHeadingLabel(node: Element): boolean {
  if (!/^h[3-6]$/.test(node.tagName) || _elements(node).some((child) => child.tagName === 'a')) return false
  const found = _lookupLabel(_textOf(node))
  return found !== undefined && ['directors', 'writers', 'countries', 'languages', 'genres'].includes(found.field)
}

// Class names, ids, `itemprop` and `data-testid` values that say which field a block holds, as in
// `<h4 class="tagline">` or `<section class="production-synopsis">`; a prefix such as `c-` or
// `film-` and a layout suffix are allowed, other words are not ("plot-keywords" is no plot).
const FIELD_CUES: [RegExp, string][] = [
  [/^(?:[a-z]+[-_])?taglines?(?:[-_](?:text|body|content))?$/i, 'Tagline'],
  [/^(?:[a-z]+[-_])?(?:synopsis|plot|storyline|plot[-_]?summary)(?:[-_](?:text|body|content|xl|l|xs_to_m))?$/i, 'Plot'],
  [/^(?:release|release[-_]?date)$/i, 'Release date'],
  [/^(?:runtime|running[-_]?time|duration)$/i, 'Runtime'],
  [/^genres?$/i, 'Genres'],
]

/** Whether a line inside a cued block is the kind of text its cue promises: a plot is prose. */
function _fitsCue(cue: string, text: string): boolean {
  if (/^[^:]{1,40}:/.test(text) || _lookupLabel(text)) return false
  return cue === 'Plot' ? _isProse(text) : text.length <= 200
}

/** The label a block's own names give the text inside it, such as `"Tagline"`, or `undefined`. */
function _cueOf(element: Element): string | undefined {
  const props = element.properties
  const itemProps = Array.isArray(props.itemProp) ? props.itemProp : []
  // Note: schema.org's Movie `description` is its plot.
  if (itemProps.includes('description')) return 'Plot'
  const names = [...(Array.isArray(props.className) ? props.className : []), props.id, ...itemProps, props.dataTestid]
  for (const name of names) {
    if (typeof name !== 'string') continue
    const cue = FIELD_CUES.find(([pattern]) => pattern.test(name))
    if (cue) return cue[1]
  }
  return undefined
}

/**
 * Marks the film's title as the main heading on a page without `<h1>`: the first heading that
 * the document title starts with ("Arrival (2016)" of "Arrival (2016) — The Movie Database"),
 * else such a line near the top.
 */
function _markTitle(lines: _Line[], documentTitle: string | undefined): void {
  if (!documentTitle || lines.some((line) => line.heading === 1)) return
  const wanted = documentTitle.toLowerCase()
  const starts = (line: _Line) => line.text.length >= 2 && wanted.startsWith(line.text.toLowerCase())
  // Note: some sites style the title as a heading without `<h1>`, others with no heading at all.
  const title = lines.find((line) => line.heading > 1 && starts(line)) ?? lines.slice(0, 20).find((line) => !line.link && starts(line))
  if (title) title.heading = 1
}

function _holdsTitle(node: Element | ElementContent): boolean {
  if (node.type !== 'element') return false
  return node.tagName === 'h1' || node.children.some(_holdsTitle)
}

/**
 * Reads an HTML page with rehype-parse: its visible text as lines (navigation, widgets and blocks
 * about other films left out), its JSON-LD, title, site name and address.
 *
 * @param html The page's source.
 * @returns The page of lines, with the extras.
 */
export function _htmlPage(html: string): _HtmlPage {
  const tree = unified().use(rehypeParse).parse(html) as Root
  const position = _positions(html)
  const lines: _Line[] = []
  const page: _HtmlPage = { lines, html: true, jsonLd: [], linkedIds: { imdb: new Set(), tmdb: new Set() } }

  // The line being built: its text and where each piece of it came from.
  let text = ''
  let pieces: { index: number; offset: number }[] = []
  let heading = 0
  let anchors = 0
  let linked = true
  // Inside a label/value pair or a card, blocks join the line with this text instead of breaking it.
  let joiner: string | undefined
  // Where the last link ended, so that links side by side read as a list.
  let linkEnd = -1
  let castBlock = 0
  const inlineCustom = new WeakSet<Element>()
  // The label that the nearest block's names give its lines (see FIELD_CUES).
  let cue: string | undefined
  // The text before the last separator and the text right after it, so that a separator with
  // nothing after it is taken back.
  let joined: { before: string; after: string } | undefined
  const join = (separator: string) => {
    const trimmed = text.trimEnd()
    if (!trimmed) return
    if (!separator.trim() || /[:：]$/.test(trimmed)) text = `${trimmed} `
    else if (!trimmed.endsWith(separator.trim())) {
      text = trimmed + separator
      joined = { before: trimmed, after: text }
    }
  }
  const inline = (nodes: ElementContent[], separator: string) => {
    const outer = joiner
    joiner = separator
    for (const child of nodes) walk(child)
    joiner = outer
  }
  const flush = () => {
    if (joined && text === joined.after) text = joined.before
    joined = undefined
    const lead = text.length - text.trimStart().length
    let clean = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
    // Note: a cued line gets its label unless it has one or is the label itself ("Storyline").
    const label = cue && clean && _fitsCue(cue, clean) ? `${cue}: ` : ''
    // Note: a cue labels one line; blocks named "plot" often go on to credits.
    if (label) cue = undefined
    if (label) {
      clean = label + clean
      heading = 0
    }
    if (clean) {
      const marks = pieces.map((piece) => ({ index: piece.index - lead + label.length, offset: piece.offset }))
      lines.push({
        text: clean,
        heading,
        link: linked,
        at: (index) => {
          let mark = marks[0]!
          for (const candidate of marks) if (candidate.index <= index) mark = candidate
          return position(mark.offset + Math.max(0, index - mark.index))
        },
      })
    }
    text = ''
    pieces = []
    heading = 0
    linked = true
    linkEnd = -1
  }

  const meta = (element: Element) => {
    const key = String(element.properties.property ?? element.properties.name ?? '').toLowerCase()
    const content = String(element.properties.content ?? '')
    if (key === 'og:site_name' && content) page.siteName = content.trim()
    if (key === 'og:url' && content && !page.url) page.url = content.trim()
  }

  const walk = (node: Root | RootContent | ElementContent) => {
    if (node.type === 'text') {
      if (!text.trim() && !node.value.trim()) return
      // Note: a delimiter element (", ") after a separator already there adds nothing.
      if (/^\s*[,·|/]\s*$/.test(node.value) && text.trimEnd().endsWith(node.value.trim())) return
      if (node.value.trim() && anchors === 0) linked = false
      pieces.push({ index: text.length, offset: node.position?.start.offset ?? 0 })
      text += node.value
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const { tagName, properties } = node
      if (tagName === 'script' && /ld\+json/i.test(String(properties.type ?? ''))) {
        const first = node.children[0]
        const source = first?.type === 'text' ? first.value : ''
        page.jsonLd.push({ source, offset: first?.position?.start.offset ?? node.position?.start.offset ?? 0 })
        return
      }
      if (tagName === 'title' && page.documentTitle === undefined) {
        page.documentTitle = toText(node).replace(/\s+/g, ' ').trim()
        return
      }
      if (tagName === 'meta') return meta(node)
      if (tagName === 'link' && /\bicon\b/i.test(String(properties.rel ?? ''))) {
        page.icon ??= String(properties.href ?? '')
        return
      }
      if (tagName === 'link' && /\bcanonical\b/i.test(String(properties.rel ?? ''))) {
        const href = String(properties.href ?? '')
        if (href) page.url = href
        return
      }
      if (tagName === 'head') {
        for (const child of node.children) walk(child)
        return
      }
      if (_skipped(node)) return
      if (joiner === undefined && _readPair(node)) return
      // Note: custom elements (`<rt-text>`) are styled as blocks unless they sit in running text.
      const block = BLOCK_TAGS.has(tagName) || (tagName.includes('-') && !inlineCustom.has(node))
      if (_hasText(node)) for (const child of _elements(node)) if (child.tagName.includes('-')) inlineCustom.add(child)
      // Note: a cued span ("<span class="runtime">") is a line of its own, except in a heading.
      const ownCue = (block || (tagName === 'span' && !heading)) && joiner === undefined ? _cueOf(node) : undefined
      if (ownCue) {
        flush()
        const outer = cue
        cue = ownCue
        for (const child of node.children) walk(child)
        flush()
        cue = outer
        return
      }
      if (joiner !== undefined && block) {
        join(joiner)
        for (const child of node.children) walk(child)
        join(joiner)
        return
      }
      const names = [...(Array.isArray(properties.className) ? properties.className : []), properties.id]
      const cast = names.some((name) => typeof name === 'string' && /cast/i.test(name))
      if (cast) castBlock++
      if (block) flush()
      if (/^h[1-6]$/.test(tagName)) heading = Number(tagName[1])
      // Note: a link in a cast block whose tooltip differs from its text names the character.
      const tooltip = tagName === 'a' && castBlock > 0 ? String(properties.title ?? '').trim() : ''
      if (tooltip && tooltip !== _textOf(node) && _textOf(node)) {
        flush()
        anchors++
        for (const child of node.children) walk(child)
        anchors--
        text += ` ... ${tooltip}`
        flush()
        if (cast) castBlock--
        return
      }
      // Note: links side by side with only spaces between them are the items of a list.
      if (tagName === 'a' && linkEnd > 0 && linkEnd === text.trimEnd().length && !text.slice(linkEnd).trim() && !MORE_LINK.test(_textOf(node))) {
        text = `${text.trimEnd()}, `
      }
      if (tagName === 'td' || tagName === 'th') {
        text += ' \t '
        linkEnd = -1
      }
      if (tagName === 'a') {
        anchors++
        _collectIds(String(properties.href ?? ''), page.linkedIds)
      }
      for (const child of node.children) walk(child)
      if (tagName === 'a') {
        anchors--
        linkEnd = text.trimEnd().length
      }
      if (block) flush()
      if (cast) castBlock--
      return
    }
    for (const child of node.children) walk(child)
  }
  // Reads a table row of a label and its value, a definition list, a card or a labelling heading
  // as lines of "Label: value"; returns whether it did.
  const _readPair = (node: Element): boolean => {
    const cells = _elements(node)
    if (node.tagName === 'tr') {
      if (cells.length !== 2 || cells[0]!.tagName !== 'th' || cells[1]!.tagName !== 'td' || !_isPairLabel(cells[0]!)) return false
      flush()
      inline(cells[0]!.children, ' ')
      if (!/[:：]\s*$/.test(text)) text = `${text.trimEnd()}: `
      inline(cells[1]!.children, ', ')
      flush()
      return true
    }
    if (node.tagName === 'dl') {
      // Note: HTML lets each dt/dd group sit in a div of its own.
      const entries = cells.flatMap((cell) => (cell.tagName === 'div' ? _elements(cell) : [cell]))
      if (!entries.some((cell) => cell.tagName === 'dt')) return false
      flush()
      for (const cell of entries) {
        if (_skipped(cell)) continue
        if (cell.tagName === 'dt') {
          flush()
          inline(cell.children, ' ')
          if (text.trim() && !/[:：]\s*$/.test(text) && _isPairLabel(cell)) text = `${text.trimEnd()}: `
        } else {
          if (!/[:：]\s*$/.test(text)) join(', ')
          inline(cell.children, ', ')
        }
      }
      flush()
      return true
    }
    const parts = _cardParts(node)
    if (parts) {
      flush()
      // Note: a card whose second part is a job ("Director", "Screenplay") is a crew credit.
      const role = _textOf(parts[1])
      if (_lookupLabel(role)) {
        inline(parts[1].children, ' ')
        text = `${text.trimEnd()}: `
        inline(parts[0].children, ' ')
      } else {
        inline(parts[0].children, ' ')
        text = `${text.trimEnd()} ... `
        inline(parts[1].children, ' ')
      }
      flush()
      return true
    }
    const bold = _boldLabel(node)
    if (bold) {
      flush()
      inline(bold.children, ' ')
      if (!/[:：]\s*$/.test(text)) text = `${text.trimEnd()}: `
      inline(node.children.slice(node.children.indexOf(bold) + 1), ', ')
      flush()
      return true
    }
    const scores = _scoreGroups(node)
    if (scores) {
      flush()
      for (const [label, ...rest] of scores) {
        inline(label!.children, ' ')
        text = `${text.trimEnd()}: `
        rest.forEach((part, index) => {
          if (index > 0) join(' · ')
          inline(part.children, ' ')
        })
        flush()
      }
      return true
    }
    if (_isHeadingLabel(node)) {
      flush()
      inline(node.children, ' ')
      if (!/[:：]\s*$/.test(text)) text = `${text.trimEnd()}:`
      flush()
      return true
    }
    return false
  }
  walk(tree)
  flush()
  _markTitle(lines, page.documentTitle)

  // Note: "Troy (2004) - IMDb" names the site at its end.
  if (!page.siteName && page.documentTitle) {
    const tail = /\s[-–|]\s([^-–|]{2,30})$/.exec(page.documentTitle)
    if (tail) page.siteName = tail[1]!.trim()
  }
  const site = page.siteName ?? _siteOf(page.url) ?? _siteOf(page.icon)
  if (site) page.siteName = site
  return page
}
