import type { FilmIds } from '../schemas/film.js'
import { _collectIds } from './_collectIds.js'
import type { _HtmlPage } from './_htmlPage.js'

/**
 * Finds a page's film ids: the ones its own address names, else the one IMDb title and the one
 * TMDB movie its content links to ("More at IMDb"). Several linked titles name no id: they are
 * other films.
 *
 * @param page The HTML page.
 * @returns The ids, or `undefined` when the page names none for certain.
 */
export function _pageIds(page: _HtmlPage): FilmIds | undefined {
  const own: _HtmlPage['linkedIds'] = { imdb: new Set(), tmdb: new Set() }
  if (page.url) _collectIds(page.url, own)
  const ids: FilmIds = {}
  const imdb = own.imdb.size ? own.imdb : page.linkedIds.imdb
  const tmdb = own.tmdb.size ? own.tmdb : page.linkedIds.tmdb
  if (imdb.size === 1) ids.imdb = [...imdb][0]!
  if (tmdb.size === 1) ids.tmdb = [...tmdb][0]!
  return ids.imdb || ids.tmdb ? ids : undefined
}
