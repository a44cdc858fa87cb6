import type { _HtmlPage } from './_htmlPage.js'

/**
 * Adds the film ids an address names ("https://www.imdb.com/title/tt2543164/") to a page's.
 *
 * @param href The address.
 * @param ids The page's ids so far.
 */
export function _collectIds(href: string, ids: _HtmlPage['linkedIds']): void {
  const imdb = /^(?:https?:)?\/\/(?:[a-z]+\.)?imdb\.com\/title\/(tt\d{7,10})(?:[/?#]|$)/i.exec(href)?.[1]
  if (imdb) ids.imdb.add(imdb)
  const tmdb = /^(?:https?:)?\/\/(?:www\.)?themoviedb\.org\/movie\/(\d{1,9})(?:[-/?#]|$)/i.exec(href)?.[1]
  if (tmdb) ids.tmdb.add(Number(tmdb))
}

