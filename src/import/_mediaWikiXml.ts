import { SaxesParser } from 'saxes'
import type { Message } from '../message.js'

/** The page an export holds: its title and the wikitext of its latest revision. */
export interface _WikiPage {
  /** The page title. */
  title: string | undefined
  /** The wikitext, entities decoded. */
  text: string
  /** 1-based line in the XML where the wikitext starts. */
  line: number
  /** How many pages the export holds. */
  pages: number
}

/**
 * Reads a MediaWiki Special:Export document (a `<mediawiki>` root or a bare `<page>`) with an
 * XML parser, without throwing.
 *
 * @param xml The XML text.
 * @returns The first page, or an error message with its line and column.
 */
export function _mediaWikiXml(xml: string): { page?: _WikiPage; messages: Message[] } {
  const messages: Message[] = []
  const parser = new SaxesParser({ position: true })
  const stack: string[] = []
  let pages = 0
  let title: string | undefined
  let text: string | undefined
  let line = 1
  let buffer = ''
  let failed = false

  parser.on('error', (error) => {
    if (failed) return
    failed = true
    messages.push({
      severity: 'error',
      rule: 'syntax-error',
      message: `The XML cannot be read: ${error.message.replace(/^.*?:\d+:\d+: /, '')}.`,
      line: parser.line,
      column: parser.column + 1,
    })
  })
  parser.on('opentag', (node) => {
    stack.push(node.name)
    if (node.name === 'page') pages++
    if (pages === 1 && (node.name === 'text' || node.name === 'title')) {
      buffer = ''
      line = parser.line
    }
  })
  parser.on('text', (chunk) => {
    if (pages === 1) buffer += chunk
  })
  parser.on('cdata', (chunk) => {
    if (pages === 1) buffer += chunk
  })
  parser.on('closetag', (node) => {
    stack.pop()
    if (pages !== 1) return
    // Note: the last revision's text wins, which is the newest in an export.
    if (node.name === 'title' && stack.at(-1) === 'page') title = buffer.trim()
    if (node.name === 'text') text = buffer
  })
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close()
  } catch (error) {
    // Note: the error handler above catches parse errors; this is for anything it lets through.
    if (!failed) messages.push({ severity: 'error', rule: 'syntax-error', message: `The XML cannot be read: ${String(error)}.` })
  }
  // Note: text read past a well-formedness error may be cut anywhere, so none of it is used.
  if (failed) return { messages }
  if (text === undefined) {
    messages.push({ severity: 'error', rule: 'no-film', message: 'The XML holds no page with revision text.' })
    return { messages }
  }
  return { page: { title, text, line, pages }, messages }
}
