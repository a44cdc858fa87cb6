import type { Element, ElementContent } from 'hast'
import { toText } from 'hast-util-to-text'

// Small readers of hast elements that the HTML page reader's parts share.

// Elements that break lines.
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'ul', 'body', 'html', 'center',
])

/** The element children of a node. */
export function _elements(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element')
}

/** Whether a node holds text of its own, beside its elements. */
export function _hasText(node: Element): boolean {
  return node.children.some((child) => child.type === 'text' && child.value.trim() !== '')
}

/** An element's text, white space collapsed. */
export function _textOf(node: Element): string {
  return toText(node).replace(/[\s\u00a0\u202f]+/g, ' ').trim()
}

/** The first heading inside an element, at any depth. */
export function _firstHeading(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (/^h[1-6]$/.test(child.tagName)) return child
    const found = _firstHeading(child)
    if (found) return found
  }
  return undefined
}

/** Whether a node is or holds the page's `<h1>`. */
export function _holdsTitle(node: Element | ElementContent): boolean {
  if (node.type !== 'element') return false
  return node.tagName === 'h1' || node.children.some(_holdsTitle)
}

