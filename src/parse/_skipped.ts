import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { _firstHeading, _holdsTitle, _someName } from './_hastUtils.js'

// Elements whose text is never part of the page's facts.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'nav', 'footer', 'aside',
  'select', 'option', 'button', 'textarea', 'input', 'head', 'dialog', 'map', 'canvas', 'video',
  'audio', 'form',
])

// Inline elements, whose hidden text is still read.
export const INLINE_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'small', 'abbr', 'time', 'data'])

// Class and id words of navigation, widgets, ads, and blocks about other films.
const SKIP_NAMES =
  /^(?:nav|navbar|navigation|nav[-_].*|.*[-_]nav|nb\d*|nb_.*|menu.*|.*[-_]menu|sub_?nav|breadcrumbs?|crumbs|.*crumbs|footer|.*[-_]footer|ads?|advert.*|.*[-_]ads?|ad[-_].*|sponsor.*|.*sponsor.*|rec|recs|rec[-_].*|recommend.*|related.*|.*[-_]related|similar.*|more[-_]?like.*|share.*|social.*|sidebar.*|.*sidebar.*|aux-content.*|widget.*|modal.*|quicklinks?.*|wlb_.*|user-rating-widget|rate[-_]?this.*|boards|message[-_]?boards?|list-preview.*|user[-_]lists?|cookie.*|consent.*|login.*|signin|register|shopbox|.*shopbox|.*recent|.*adrhs|.*lhs|top_ad.*|bottom_ad.*|amazon.*|news.*|.*[-_]news|mediastrip.*|media_strip.*|photos?[-_].*|.*carousel.*|video[-_].*|trailers?|hidden|hide|sr-only|visually-hidden|offscreen|polls?|faq|.*[-_]faq|editorial.*|watchlist.*|.*[-_]watchlist)$/i

// Landmark roles of page chrome, whatever the element.
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary'])

// Headings of blocks that hold the film's own credits, even when styled as a carousel.
const CREDITS_HEADING = /^(?:top |top billed |main |series |full )?cast(?: & crew| and crew)?$/i

const _isSkipName = (name: string): boolean => SKIP_NAMES.test(name)

/**
 * Tells whether an element is page chrome to leave out: navigation, widgets, hidden text, ads,
 * blocks about other films, citation marks.
 *
 * @param element The element.
 * @returns Whether its text is no part of the page's facts.
 */
export function _skipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName)) return true
  const props = element.properties
  if (SKIP_ROLES.has(String(props.role ?? '').toLowerCase())) return true
  // Note: citation marks ("[1]", "[a]") after a value are no part of it.
  if (element.tagName === 'sup' && /^\s*\[[^\]]{1,24}\]\s*$/.test(toText(element))) return true
  if (props.hidden !== undefined && props.hidden !== null && String(props.hidden) !== 'false') return true
  if (String(props.ariaHidden) === 'true') return true
  const style = typeof props.style === 'string' ? props.style : ''
  // Note: hidden inline text often carries the data itself ("7.0/10" behind a star widget).
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) && !INLINE_TAGS.has(element.tagName)) return true
  // Note: a page's own title is kept even when its element carries a widget-like class, and a
  // paragraph styled as a block's footer ("116 mins · More at IMDb") is content.
  if (/^h[1-2]$/.test(element.tagName) || element.tagName === 'p') return false
  // Note: a custom element's name says what it is as a class would ("rt-header-nav").
  const named = _someName(element, _isSkipName) || (element.tagName.includes('-') && _isSkipName(element.tagName))
  // Note: a block that holds the page's main heading is the page itself, whatever its class says.
  return named && !_holdsTitle(element) && !_holdsCredits(element)
}

// Note: a carousel of cast cards is the film's own cast; its heading says so.
function _holdsCredits(element: Element): boolean {
  const heading = _firstHeading(element)
  return heading !== undefined && CREDITS_HEADING.test(toText(heading).replace(/\s+/g, ' ').trim())
}

