import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { _splitSentences, type _Span } from './_sentences.js'

/** A paragraph of a review, with the heading it sits under. */
export interface _Block extends _Span {
  /** The text of the nearest heading above it, in markdown reviews. */
  heading?: string
}

/** The paragraphs of a review, and its headline when it has one. */
export interface _Blocks {
  /** The review's headline: a markdown title or a short first line. */
  title?: _Span
  /** The paragraphs, in order. */
  blocks: _Block[]
  /** Whether the text had no line breaks and was grouped from sentences. */
  regrouped: boolean
}

// Sentences that belong to the page around a review, not to the review.
const NOISE = /^(?:advertisement|sponsored(?: content)?|comments are closed\.?|read more\.?|continue reading\.?|share this(?: article)?\.?|click here.*|\d+ (?:out of \d+ )?(?:people|users) found this (?:review )?helpful.*|was this review helpful.*)$/i
const DOUBLE_SPACE = / {2}/
const NOISE_MARKS = / {2}|Advertisement/
const LEADING_NOISE = /^(?:advertisement)\s+(?=\S)/i

/**
 * Tells whether a review is written in markdown: it has ATX or setext headings, or links.
 *
 * @param text The review.
 * @returns Whether to read it with remark-parse.
 */
export function _looksLikeMarkdown(text: string): boolean {
  // Note: each pattern starts where it can start only once per line or bracket, so a long line
  // costs linear time (`[^\]\n[]` stops at the next `[` instead of rescanning the line).
  return /^#{1,6}[ \t]+\S/m.test(text) || /^[^\S\n\r\u2028\u2029]*\S[^\n]*\n(?:=+|-{3,})[ \t]*$/m.test(text) || /\[[^[\]\n]+\]\([^)\s]+\)/.test(text)
}

/**
 * Cuts a review into paragraphs. Markdown follows markdown's rules (headings become hints);
 * plain text breaks at blank lines and at single line breaks between long lines; text with no
 * line breaks at all is split by sentence, cleared of page noise, then grouped.
 *
 * @param text The review, with HTML line breaks already turned into line breaks.
 * @param markdown Whether to read the text as markdown.
 * @returns The paragraphs and the headline.
 */
export function _reviewBlocks(text: string, markdown: boolean): _Blocks {
  if (markdown) return _markdownBlocks(text)
  const lines = _lines(text)
  let filled: _Span | undefined
  let count = 0
  for (const line of lines) {
    if (line.text === '') continue
    filled = line
    if (++count > 1) break
  }
  if (count === 1 && filled!.text.length > 600) {
    return { blocks: _regroup(_cleanSentences(filled!)), regrouped: true }
  }
  const result: _Blocks = { blocks: _plainBlocks(text, lines), regrouped: false }
  const first = result.blocks[0]
  if (first && result.blocks.length > 1 && _isHeadline(first.text)) {
    result.title = { text: first.text.replace(/^["“]|["”]$/g, ''), start: first.start, end: first.end }
    result.blocks.shift()
  }
  // Note: a paragraph is trimmed lines joined by single spaces, so it holds a double space or an
  // "Advertisement" only where the text does; most texts hold neither, and one search tells.
  if (NOISE_MARKS.test(text)) for (const block of result.blocks) block.text = _dropNoise(block.text)
  result.blocks = result.blocks.filter((block) => block.text !== '' && !NOISE.test(block.text))
  return result
}

function _lines(text: string): _Span[] {
  const lines: _Span[] = []
  for (let start = 0; start <= text.length; ) {
    const feed = text.indexOf('\n', start)
    const end = feed === -1 ? text.length : feed
    const line = text.slice(start, end)
    const trimmed = line.trim()
    // Note: a line that opens on a printable ASCII character has no white space to trim there.
    const first = line.charCodeAt(0)
    const lead = first > 0x20 && first < 0x7f ? 0 : line.length - line.trimStart().length
    // Note: an empty first line is left out; empty lines after it end paragraphs.
    if (trimmed) lines.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length })
    else if (start > 0) lines.push({ text: '', start, end: start })
    start = end + 1
  }
  return lines
}

// The characters a finished line ends on: `[.!?:"”)]`.
const ENDS_SENTENCE = new Set([...'.!?:"”)'].map((character) => character.charCodeAt(0)))

function _plainBlocks(text: string, lines: _Span[]): _Block[] {
  let longest = 0
  for (const line of lines) longest = Math.max(longest, line.text.length)
  // Note: text wrapped at a fixed width keeps its paragraphs together; a break after a short,
  // finished line ends the paragraph.
  const wrapped = longest <= 80
  const blocks: _Block[] = []
  let current: _Span[] = []
  const flush = () => {
    if (current.length === 0) return
    const first = current[0]!
    const last = current[current.length - 1]!
    let joined = first.text
    for (let index = 1; index < current.length; index++) joined += ` ${current[index]!.text}`
    blocks.push({ text: joined, start: first.start, end: last.end })
    current = []
  }
  for (const line of lines) {
    if (line.text === '') {
      flush()
      continue
    }
    const previous = current[current.length - 1]
    if (previous) {
      const ended = ENDS_SENTENCE.has(previous.text.charCodeAt(previous.text.length - 1))
      const breaks = wrapped ? ended && previous.text.length < longest * 0.7 : true
      if (breaks) flush()
    }
    current.push(line)
  }
  flush()
  void text
  return blocks
}

function _isHeadline(text: string): boolean {
  if (text.length > 100 || !/\s/.test(text)) return false
  const words = text.replace(/["“”]/g, '').split(/\s+/)
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length
  return words.length >= 2 && capitalised / words.length >= 0.6 && !/\b(?:\d+\/\d+|out of)\b/.test(text)
}

function _dropNoise(text: string): string {
  // Note: scraped pages leave "Advertisement" between sentences, sometimes glued to the next word.
  // Most paragraphs hold neither it nor a double space, so each replacement runs only where needed.
  // Note: `includes('  ')` stops at every single space; the pattern searches twice as fast.
  const cleared = text.includes('Advertisement') ? text.replace(/(^|[\s.!?"”])Advertisement\s*(?=["“\p{Lu}])/gu, '$1') : text
  return (DOUBLE_SPACE.test(cleared) ? cleared.replace(/ {2,}/g, ' ') : cleared).trim()
}

function _cleanSentences(line: _Span): _Span[] {
  const sentences: _Span[] = []
  for (const sentence of _splitSentences(line.text, line.start)) {
    const lead = LEADING_NOISE.exec(sentence.text)?.[0].length ?? 0
    const text = _unglue(_dropNoise(sentence.text.slice(lead)))
    if (text === '' || NOISE.test(text)) continue
    sentences.push({ text, start: sentence.start + lead, end: sentence.end })
  }
  return sentences
}

/**
 * Puts back the spaces lost where links were cut out: "byWilliam Friedkin", "NicholsandMoultrie",
 * "arrive:Patrick". Only small joining words are split off, so "McDermott" stays whole.
 */
function _unglue(text: string): string {
  return text
    .replace(/\b(by|and|as|to|from|with|of|in|for|the|starring|star|stars|director|directed)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{Ll}{3})(and|as)(\p{Lu}\p{Ll})/gu, '$1 $2 $3')
    .replace(/([:;,])(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{Ll}{2}[.!?])(\p{Lu}\p{Ll})/gu, '$1 $2')
}

/** Groups sentences into paragraphs of about five, starting a new one where the topic turns. */
function _regroup(sentences: _Span[]): _Block[] {
  const blocks: _Block[] = []
  let current: _Span[] = []
  const flush = () => {
    if (current.length === 0) return
    blocks.push({ text: current.map((sentence) => sentence.text).join(' '), start: current[0]!.start, end: current.at(-1)!.end })
    current = []
  }
  for (const sentence of sentences) {
    const size = current.reduce((total, item) => total + item.text.length, 0)
    const turns = /^(?:but|however|still|meanwhile|ultimately|in the end|finally|overall|as for|then there|the (?:film|movie|performances?|acting|cast|script|screenplay|writing|dialogue|direction|director|music|score|soundtrack|photography|cinematography|camera|editing|budget|ending|plot|story)\b)/i.test(sentence.text)
    if (current.length >= 7 || size > 900 || (current.length >= 2 && turns)) flush()
    current.push(sentence)
  }
  flush()
  return blocks
}

function _markdownBlocks(text: string): _Blocks {
  const tree = unified().use(remarkParse).parse(text) as Root
  const result: _Blocks = { blocks: [], regrouped: false }
  let heading: string | undefined
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      const value = _toString(node).trim()
      if (node.depth === 1 && !result.title && result.blocks.length === 0) {
        result.title = _span(node, value)
      } else heading = value
      return
    }
    if (node.type === 'paragraph' || node.type === 'code' || node.type === 'html') {
      const value = _toString(node).replace(/(?<!\s)\s*\n\s*/g, ' ').trim()
      if (value && !NOISE.test(value) && node.type !== 'html') {
        const block: _Block = _span(node, _dropNoise(value))
        if (heading) block.heading = heading
        result.blocks.push(block)
      }
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return result
}

function _span(node: Nodes, text: string): _Span {
  return { text, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 }
}

function _toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return node.children.map((child) => _toString(child as Nodes)).join('')
  return ''
}
