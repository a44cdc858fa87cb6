import type { Film } from '../schemas/index.js'
import { _checkOptions, _show } from './_options.js'
import { _scriptJson } from './_scriptJson.js'
import { toJsonLd, type JsonLdOptions } from './toJsonLd.js'

/** Options of {@link toJsonLdScript}: those of `toJsonLd`, plus the indent. */
export interface JsonLdScriptOptions extends JsonLdOptions {
  /** Spaces per level of the JSON, 0 for one line. Default: `2`. */
  indent?: number
}

/**
 * Writes a film's JSON-LD as a `<script type="application/ld+json">` element that is safe to embed
 * in HTML: `<`, `>`, `&`, U+2028 and U+2029 become `\u003c`-style JSON escapes, so no value can end
 * the element or open a comment, and `JSON.parse` of the element's text gives back exactly the data.
 *
 * @param film The film.
 * @param options The options of `toJsonLd`, and `indent` (default `2`).
 * @returns The script element, without a trailing newline.
 */
export function toJsonLdScript(film: Film, options?: JsonLdScriptOptions): string {
  const { indent = 2, ...rest } = _checkOptions(options, 'render a JSON-LD script', [
    'indent',
    'baseUrl',
    'image',
    'root',
    'organizations',
    'extras',
    'onMessage',
  ]) as JsonLdScriptOptions
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new TypeError(
      `Cannot render a JSON-LD script with \`${_show(indent)}\` for \`options.indent\`, expected a whole number from 0 to 10.`,
    )
  }
  const json = _scriptJson(toJsonLd(film, rest), indent)
  return `<script type="application/ld+json">\n${json}\n</script>`
}
