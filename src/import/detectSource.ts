import { _isNode } from './_jsonLdNodes.js'

/** The formats {@link importFilm} reads. */
export type ImportSource = 'omdb' | 'imdbapi' | 'tmdb' | 'jsonld' | 'wikipedia'

/** Every {@link ImportSource}. */
export const IMPORT_SOURCES = ['omdb', 'imdbapi', 'tmdb', 'jsonld', 'wikipedia'] as const satisfies readonly ImportSource[]

/**
 * Tells which format a film export is in, from its shape: JSON-LD by `@context`, `@type` or
 * `@graph`; OMDb by `Title` with `imdbID` or `Response`; imdbapi by `imdbid` or `imdburl`; TMDB
 * by `original_title` or `vote_average`; Wikipedia by export XML or an `{{Infobox film}}`.
 *
 * @param input Text (JSON, XML or wikitext) or an already parsed JSON value.
 * @returns The format, or `undefined` when the shape is none of them.
 */
export function detectSource(input: unknown): ImportSource | undefined {
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '').trimStart()
    if (text.startsWith('<')) return /<(?:mediawiki|page)\b/.test(text.slice(0, 2000)) ? 'wikipedia' : undefined
    if (text.startsWith('{') || text.startsWith('[')) {
      if (/\{\{\s*infobox/i.test(text)) return 'wikipedia'
      try {
        return detectSource(JSON.parse(text))
      } catch {
        return undefined
      }
    }
    return /\{\{\s*infobox[ _]+(?:film|movie)/i.test(text) ? 'wikipedia' : undefined
  }
  if (Array.isArray(input)) return input.some((item) => _isNode(item) && ('@type' in item || '@context' in item)) ? 'jsonld' : undefined
  if (!_isNode(input)) return undefined
  if ('@context' in input || '@type' in input || '@graph' in input) return 'jsonld'
  if ('Title' in input && ('imdbID' in input || 'Response' in input || 'Ratings' in input)) return 'omdb'
  if ('imdbid' in input || 'imdburl' in input) return 'imdbapi'
  if ('original_title' in input || 'vote_average' in input || ('title' in input && 'release_date' in input && 'id' in input)) return 'tmdb'
  if (input.Response === 'False') return 'omdb'
  return undefined
}
