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

/** How many element children a node has, counted without building a list. */
export function _elementCount(node: Element): number {
  let count = 0
  for (const child of node.children) if (child.type === 'element') count++
  return count
}

/** Whether a node holds text of its own, beside its elements. */
export function _hasText(node: Element): boolean {
  return node.children.some((child) => child.type === 'text' && child.value.trim() !== '')
}

/** An element's text, white space collapsed. */
export function _textOf(node: Element): string {
  return toText(node).replace(/[\s\u00a0\u202f]+/g, ' ').trim()
}

/**
 * An element's text, white space collapsed, when it is at most `max` characters long. Longer text
 * is found by counting, before any string is built: asked of every block of a page, building each
 * block's whole text would cost as much as the page times its depth.
 *
 * @param node The element.
 * @param max The longest text wanted.
 * @returns The text, or `undefined` when it is longer.
 */
export function _textOfAtMost(node: Element, max: number): string | undefined {
  if (_visibleCount(node, max) > max) return undefined
  const text = _textOf(node)
  return text.length <= max ? text : undefined
}

// Counts characters other than white space, stopping past `max`.
function _visibleCount(node: Element, max: number, seen = 0): number {
  for (const child of node.children) {
    if (child.type === 'element') seen = _visibleCount(child, max, seen)
    else if (child.type === 'text') {
      const { value } = child
      for (let index = 0; index < value.length && seen <= max; index++) {
        const code = value.charCodeAt(index)
        if (code > 0x20 && code !== 0xa0 && code !== 0x202f && code !== 0x2028 && code !== 0x2029 && code !== 0x85) seen++
      }
    }
    if (seen > max) return seen
  }
  return seen
}

/**
 * Tells whether one of an element's class names or its id passes a test, without building a list
 * of them: this is asked of every element of a page.
 *
 * @param element The element.
 * @param test The test of one name.
 * @returns Whether a name passes.
 */
export function _someName(element: Element, test: (name: string) => boolean): boolean {
  const { className, id } = element.properties
  if (Array.isArray(className)) {
    for (const name of className) if (typeof name === 'string' && test(name)) return true
  }
  return typeof id === 'string' && test(id)
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

