import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { _textOf } from './_hastUtils.js'
import { _lookupLabel, type _Field } from './_labels.js'

// The fields whose label a page may write as a link to more of them.
const LINK_LABELS = new Set<_Field>(['directors', 'writers', 'stars', 'cast', 'genres', 'countries', 'languages', 'releaseDate', 'runtime', 'filmingLocations', 'budget', 'gross'])

/**
 * Finds the label that starts a paragraph in an element of its own, as in
 * `<p><strong>Budget</strong> $47,000,000</p>` or `<div><span>Durée</span> 1h 56min</div>`: a
 * known label, with a value after it.
 *
 * @param node A block of the page.
 * @returns The label's element, or `undefined` when the block starts with none.
 */
export function _boldLabel(node: Element): Element | undefined {
  if (!['p', 'li', 'div'].includes(node.tagName)) return undefined
  const first = node.children.find((child) => child.type !== 'text' || child.value.trim() !== '')
  // Note: a label may be a link to more of its field, as "Stars" links to the full cast.
  if (first?.type !== 'element' || !['strong', 'b', 'span', 'a'].includes(first.tagName)) return undefined
  const label = _textOf(first).replace(/[:：]$/, '')
  const field = label.length <= 40 ? _lookupLabel(label)?.field : undefined
  // Note: a link is a label only for a list of credits or facts, never "IMDb" among other links.
  if (!field || (first.tagName === 'a' && !LINK_LABELS.has(field))) return undefined
  const rest = node.children.slice(node.children.indexOf(first) + 1)
  return rest.some((child) => (child.type === 'text' ? child.value.trim() : child.type === 'element' && toText(child).trim())) ? first : undefined
}

