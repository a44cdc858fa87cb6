import type { Element } from 'hast'
import { _elementCount, _elements, _hasText, _textOf, _textOfAtMost, BLOCK_TAGS } from './_hastUtils.js'
import { _skipped } from './_skipped.js'

const CARD_TAGS = ['div', 'li', 'article', 'figure', 'section']
// The longest text a part of a card holds: a name or a character.
const PART_LENGTH = 60

/**
 * Finds the two parts of a card, a block of exactly two short leaf blocks as in
 * `<div><h3>Song Kang-ho</h3><p>Kim Ki-taek</p></div>`: an actor and the character beside. A
 * picture beside the card's text is passed over, and the actor may be a link beside a block that
 * holds one short line, as in `<a>Amy Adams</a><div><ul><li><a>Louise Banks</a></li></ul></div>`.
 *
 * @param node A block of the page.
 * @returns The two parts, or `undefined` when the block is no card.
 */
export function _cardParts(node: Element): [Element, Element] | undefined {
  // Note: a card has two parts, or a picture beside its text; this runs for every block.
  if (!CARD_TAGS.includes(node.tagName) || _elementCount(node) < 2 || _hasText(node)) return undefined
  let parts = _textParts(node)
  // Note: a card with a picture: its text sits in a block of its own beside the picture.
  const lone = parts?.[0]
  if (parts?.length === 1 && lone && CARD_TAGS.includes(lone.tagName) && !_hasText(lone) && _elements(node).some(_isPicture)) {
    parts = _textParts(lone)
  }
  if (parts?.length !== 2) return undefined
  const [first, second] = parts as [Element, Element]
  const leaf = (part: Element) =>
    BLOCK_TAGS.has(part.tagName) && !_elements(part).some((child) => BLOCK_TAGS.has(child.tagName) || child.tagName === 'img') && _textOf(part).length <= 60
  const linkBesideLine = first.tagName === 'a' && _textOf(first).length <= 60 && BLOCK_TAGS.has(second.tagName) && _isOneLine(second)
  if (!(parts.every(leaf) || linkBesideLine)) return undefined
  // Note: a label/value pair or a sentence is no card.
  if (parts.some((part) => /[:.!?]$/.test(_textOf(part)) || /\d/.test(_textOf(part)))) return undefined
  return [first, second]
}

/** The children with text, or `undefined` when one holds more than a card's part ever does. */
function _textParts(node: Element): Element[] | undefined {
  const parts: Element[] = []
  for (const child of _elements(node)) {
    if (_skipped(child)) continue
    const text = _textOfAtMost(child, PART_LENGTH)
    if (text === undefined) return undefined
    if (text) parts.push(child)
  }
  return parts
}

function _isPicture(element: Element): boolean {
  return element.tagName === 'img' || (_textOfAtMost(element, 0) === '' && _elements(element).some(_isPicture))
}

/** Whether a block holds one short line: each element on the way down holds one part with text. */
function _isOneLine(part: Element): boolean {
  if (_textOf(part).length > 60) return false
  for (let node: Element | undefined = part; node; ) {
    const inner = _textParts(node)
    if (!inner || inner.length > 1 || (inner.length === 1 && _hasText(node))) return false
    node = inner[0]
  }
  return true
}
