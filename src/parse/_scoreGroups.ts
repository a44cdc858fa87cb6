import type { Element } from 'hast'
import { _elementCount, _elements, _hasText, _textOfAtMost } from './_hastUtils.js'
import { _lookupLabel } from './_labels.js'
import { _skipped } from './_skipped.js'

const SCORE = /^\d{1,3}(?:[.,]\d{1,2})?\s*%?$/

/**
 * Finds the scores of a score block, each a label beside a number and the lines after them, as in
 * `<div><div>Metascore</div><div><span>96</span></div><div>Based on 53 Critic Reviews</div></div>`
 * or `<rt-text>94%</rt-text><rt-text>Tomatometer</rt-text><rt-link>402 Reviews</rt-link>`.
 *
 * @param node A block of the page.
 * @returns Each score's label, then its number and what follows; `undefined` when the block is
 * not made of scores alone.
 */
export function _scoreGroups(node: Element): Element[][] | undefined {
  if (!['div', 'li', 'section', 'article', 'dl'].includes(node.tagName) && !node.tagName.includes('-')) return undefined
  if (_hasText(node)) return undefined
  // Note: most blocks fail on their shape alone, before any text is gathered.
  const count = _elementCount(node)
  if (count < 2 || count > 8) return undefined
  const children = _elements(node)
  // Note: a score block's lines are short; a long one means this is some other block.
  const parts: Element[] = []
  const texts: string[] = []
  for (const child of children) {
    if (_skipped(child)) continue
    const text = _textOfAtMost(child, 100)
    if (text === undefined) return undefined
    if (text) {
      parts.push(child)
      texts.push(text)
    }
  }
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

