import type { Element, ElementContent, Root as HastRoot } from 'hast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Film } from '../schemas/index.js'
import { _formatTitle } from './_format.js'
import { _h, _hastCard } from './_hastCard.js'
import { _mdastFilm } from './_mdastFilm.js'
import { _checkFilm, _checkOptions } from './_options.js'
import { _scriptJson } from './_scriptJson.js'
import { toJsonLd, type JsonLdOptions } from './toJsonLd.js'

/** Options of {@link toHtml}: those of `toJsonLd`, for the page's JSON-LD. */
export type HtmlOptions = Omit<JsonLdOptions, 'root'>

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:46rem;margin:0 auto;padding:1rem}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;margin:1rem 0}
.card{border:1px solid #999;border-radius:4px;padding:.5rem 1rem;margin:0 0 1rem;background:#f4f4f0}
.card-title{font-weight:600;font-size:1.2rem;margin:.25rem 0}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
.card dt{font-weight:600}.card dd{margin:0}
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #bbb;color:#444}`

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:"

/**
 * Writes one self-contained HTML page previewing what a site would publish for a film: the card's
 * facts, the markdown rendered through remark-rehype and sanitized, and the JSON-LD script.
 *
 * @param film The film, or several films for one page holding each.
 * @param options The options of `toJsonLd`, for the JSON-LD.
 * @returns The page, ending in a newline.
 */
export function toHtml(film: Film | readonly Film[], options?: HtmlOptions): string {
  const films = Array.isArray(film) ? (film as readonly Film[]) : [film as Film]
  for (const item of films) _checkFilm(item, 'render HTML')
  const jsonLdOptions = _checkOptions(options, 'render HTML', ['baseUrl', 'image', 'organizations', 'extras', 'onMessage'])

  // Step: the markdown of each film, as sanitized HTML, with its card first.
  const toHast = unified().use(remarkRehype).use(rehypeSanitize)
  const articles = films.map((item) => {
    const hast = toHast.runSync(_mdastFilm(item, false)) as HastRoot
    return _h('article', {}, [_hastCard(item), ...(hast.children as ElementContent[])])
  })

  // Step: the page, with one JSON-LD script per film.
  const scripts: Element[] = films.map((item) =>
    _h('script', { type: 'application/ld+json' }, [`\n${_scriptJson(toJsonLd(item, jsonLdOptions), 2)}\n`]),
  )
  const title = films.length === 1 ? _formatTitle(films[0]!) : `${films.length} films`
  const head = _h('head', {}, [
    _h('meta', { charSet: 'utf-8' }),
    _h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    _h('meta', { httpEquiv: ['Content-Security-Policy'], content: CSP }),
    _h('title', {}, [title]),
    _h('style', {}, [STYLE]),
    ...scripts,
  ])
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      _h('html', { lang: 'en' }, [head, _h('body', {}, [_h('main', {}, articles)])]),
    ],
  }
  return `${unified().use(rehypeStringify).stringify(page)}\n`
}
