import type { Element } from 'hast'
import { _isProse } from './_isProse.js'
import { _lookupLabel } from './_labels.js'

// Class names, ids, `itemprop` and `data-testid` values that say which field a block holds, as in
// `<h4 class="tagline">` or `<section class="production-synopsis">`; a prefix such as `c-` or
// `film-` and a layout suffix are allowed, other words are not ("plot-keywords" is no plot).
const FIELD_CUES: [RegExp, string][] = [
  [/^(?:[a-z]+[-_])?taglines?(?:[-_](?:text|body|content))?$/i, 'Tagline'],
  [/^(?:[a-z]+[-_])?(?:synopsis|plot|storyline|plot[-_]?summary)(?:[-_](?:text|body|content|xl|l|xs_to_m))?$/i, 'Plot'],
  [/^(?:release|release[-_]?date)$/i, 'Release date'],
  [/^(?:runtime|running[-_]?time|duration)$/i, 'Runtime'],
  [/^genres?$/i, 'Genres'],
]

/**
 * Tells whether a line inside a cued block is the kind of text its cue promises: a plot is prose,
 * and a line that has a label or is one is left as it is.
 *
 * @param cue The block's label, such as `"Plot"`.
 * @param text The line.
 * @returns Whether the line takes the label.
 */
export function _fitsCue(cue: string, text: string): boolean {
  if (/^[^:]{1,40}:/.test(text) || _lookupLabel(text)) return false
  return cue === 'Plot' ? _isProse(text) : text.length <= 200
}

/**
 * Reads the label a block's own names give the text inside it.
 *
 * @param element The block.
 * @returns The label, such as `"Tagline"`, or `undefined`.
 */
export function _cueOf(element: Element): string | undefined {
  const props = element.properties
  const itemProps = Array.isArray(props.itemProp) ? props.itemProp : []
  // Note: schema.org's Movie `description` is its plot.
  if (itemProps.includes('description')) return 'Plot'
  // Note: this is asked of every block of a page, so the names are read where they are.
  return _cueOfNames(props.className) ?? _cueOfName(props.id) ?? _cueOfNames(itemProps) ?? _cueOfName(props.dataTestid)
}

function _cueOfNames(names: unknown): string | undefined {
  if (!Array.isArray(names)) return undefined
  for (const name of names) {
    const cue = _cueOfName(name)
    if (cue) return cue
  }
  return undefined
}

function _cueOfName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined
  for (const [pattern, cue] of FIELD_CUES) if (pattern.test(name)) return cue
  return undefined
}

