import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { _textOf } from './_hastUtils.js'
import { _lookupLabel } from './_labels.js'

/**
 * Finds the label that starts a paragraph in an element of its own, as in
 * `<p><strong>Budget</strong> $47,000,000</p>` or `<div><span>Durée</span> 1h 56min</div>`: a
 * known label, with a value after it.
 */
export function _boldLabel(node: Element): Element | undefined {
  if (!['p', 'li', 'div'].includes(node.tagName)) return undefined
  const first = node.children.find((child) => child.type !== 'text' || child.value.trim() !== '')
  if (first?.type !== 'element' || !['strong', 'b', 'span'].includes(first.tagName)) return undefined
  const label = _textOf(first).replace(/[:：]$/, '')
  if (label.length > 40 || !_lookupLabel(label)) return undefined
  const rest = node.children.slice(node.children.indexOf(first) + 1)
  return rest.some((child) => (child.type === 'text' ? child.value.trim() : child.type === 'element' && toText(child).trim())) ? first : undefined
}

