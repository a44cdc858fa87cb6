import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { toText } from 'hast-util-to-text'
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5'
import { VFile } from 'vfile'
import { _boldLabel } from './_boldLabel.js'
import { _cardParts } from './_cardParts.js'
import { _collectIds } from './_collectIds.js'
import { _cueOf, _fitsCue } from './_fieldCue.js'
import { _elements, _hasText, _someName, _textOf, BLOCK_TAGS } from './_hastUtils.js'
import { _lookupLabel } from './_labels.js'
import type { _Line, _Page } from './_lines.js'
import { _markTitle } from './_markTitle.js'
import { _positions } from './_position.js'
import { _scoreGroups } from './_scoreGroups.js'
import { _siteOf } from './_siteOf.js'
import { _skipped } from './_skipped.js'

const _isCastName = (name: string): boolean => /cast/i.test(name)

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

// Links to more of a list, never an item of it.
const MORE_LINK = /^(?:see |show |view )?(?:more|all|full)\b|[»…›]\s*$|^\W*$/i

/**
 * Tells whether a table row or a definition term is a label for the cell beside it: short text
 * that is no sentence, as in `<th>Running time</th><td>124 minutes</td>`.
 */
function _isPairLabel(node: Element): boolean {
  const label = _textOf(node)
  return label.length > 0 && label.length <= 40 && !/[.!?]$/.test(label)
}

// Note: a heading that names a list field ("Director", "Genres") labels the names below it.
function _isHeadingLabel(node: Element): boolean {
  if (!/^h[3-6]$/.test(node.tagName) || _elements(node).some((child) => child.tagName === 'a')) return false
  const found = _lookupLabel(_textOf(node))
  return found !== undefined && ['directors', 'writers', 'countries', 'languages', 'genres'].includes(found.field)
}

// A tag name that hastscript reads as a template with a class or id: `template.x`, `template#a`.
const TEMPLATE_SELECTOR = /^template[.#]/

// Note: the reader takes only where text and scripts start from the tree; parse5 gives every
// element a start, end, start tag and end tag, which on a long page are most of what the
// collector copies. Those are left out, and the ends of text too.
const LEAN_ADAPTER: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  createElement(tagName, namespaceURI, attrs) {
    const element = defaultTreeAdapter.createElement(tagName, namespaceURI, attrs)
    // Note: hastscript reads a tag name as a selector, so `<template.x>` becomes a template, whose
    // content hast-util-from-parse5 then reads; parse5 gives content only to `<template>` itself,
    // and such a page made the conversion throw. It gets an empty content, as a template has.
    if (TEMPLATE_SELECTOR.test(tagName)) Object.assign(element, { content: defaultTreeAdapter.createDocumentFragment() })
    return element
  },
  setNodeSourceCodeLocation(node, location) {
    if (location && (node.nodeName === '#text' || node.nodeName === 'script')) node.sourceCodeLocation = location
  },
  updateNodeSourceCodeLocation() {},
}

/** Parses a page as rehype-parse does (parse5, then hast), with positions on text and scripts only. */
function _parseHtml(html: string): Root {
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: LEAN_ADAPTER })
  return fromParse5(document, { file: new VFile(html) }) as Root
}

/**
 * Reads an HTML page (see `_parseHtml`): its visible text as lines (navigation, widgets and blocks
 * about other films left out), its JSON-LD, title, site name and address.
 *
 * @param html The page's source.
 * @returns The page of lines, with the extras.
 */
export function _htmlPage(html: string): _HtmlPage {
  const tree = _parseHtml(html)
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
    if (label) {
      // Note: a cue labels one line; blocks named "plot" often go on to credits.
      cue = undefined
      clean = label + clean
      heading = 0
    }
    if (clean) {
      // Note: the pieces are the line's own from here on, so they are shifted in place.
      const marks = pieces
      for (const mark of marks) mark.index += label.length - lead
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
      const cast = _someName(node, _isCastName)
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
    // Note: this runs for every element, so the list of cells is built only for rows and lists.
    const cells = node.tagName === 'tr' || node.tagName === 'dl' ? _elements(node) : []
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
