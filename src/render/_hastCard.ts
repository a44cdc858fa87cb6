import type { Element, ElementContent } from 'hast'
import type { Film } from '../schemas/index.js'
import { _cardFacts } from './_cardFacts.js'

/**
 * Builds an HTML element with text or element children.
 *
 * @param tagName The element's name.
 * @param properties Its attributes.
 * @param children Its content; strings become text.
 * @returns The hast element.
 */
export function _h(tagName: string, properties: Element['properties'], children: (ElementContent | string)[] = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  }
}

/**
 * The card's facts as HTML: a definition list, the tagline and the verdict.
 *
 * @param film The film.
 * @returns An `<aside class="card">` element.
 */
export function _hastCard(film: Film): Element {
  const facts = _cardFacts(film)
  const children: Element[] = [_h('p', { className: ['card-title'] }, [facts.title])]
  if (facts.rows.length > 0) {
    children.push(_h('dl', {}, facts.rows.flatMap(([label, value]) => [_h('dt', {}, [label]), _h('dd', {}, [value])])))
  }
  if (facts.tagline) children.push(_h('blockquote', { className: ['tagline'] }, [_h('p', {}, [facts.tagline])]))
  if (facts.verdict) children.push(_h('p', { className: ['verdict'] }, [_h('strong', {}, ['Verdict:']), ` ${facts.verdict}`]))
  return _h('aside', { className: ['card'], ariaLabel: 'Card' }, children)
}
