import type { Element } from 'hast'
import { _elements, _hasText, _textOf, BLOCK_TAGS } from './_hastUtils.js'
import { _skipped } from './_skipped.js'

/**
 * Finds the two parts of a card, a block of exactly two short leaf blocks as in
 * `<div><h3>Song Kang-ho</h3><p>Kim Ki-taek</p></div>`: an actor and the character beside.
 */
export function _cardParts(node: Element): [Element, Element] | undefined {
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

