// Film sites by the host their pages live on, for naming the source of a rating.
const SITES: Record<string, string> = {
  'imdb.com': 'IMDb', 'rottentomatoes.com': 'Rotten Tomatoes', 'metacritic.com': 'Metacritic',
  'letterboxd.com': 'Letterboxd', 'themoviedb.org': 'TMDB', 'allocine.fr': 'AlloCiné',
  'kinopoisk.ru': 'Kinopoisk', 'filmweb.pl': 'Filmweb', 'douban.com': 'Douban', 'csfd.cz': 'ČSFD',
  'boxofficemojo.com': 'Box Office Mojo', 'mubi.com': 'MUBI', 'moviepilot.de': 'Moviepilot',
  'ofdb.de': 'OFDb', 'filmaffinity.com': 'FilmAffinity', 'sensacine.com': 'SensaCine',
  'port.hu': 'PORT.hu', 'trakt.tv': 'Trakt', 'allmovie.com': 'AllMovie', 'tvguide.com': 'TV Guide',
}

/**
 * Names a film site by a link to it: "https://www.imdb.com/title/..." is IMDb.
 *
 * @param url An address.
 * @returns The site's name, its host when it is not a known film site, or `undefined`.
 */
export function _siteOf(url: string | undefined): string | undefined {
  const host = url && /^(?:https?:)?\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase()
  if (!host) return undefined
  const known = Object.keys(SITES).find((domain) => host === domain || host.endsWith(`.${domain}`))
  return known ? SITES[known] : host.replace(/^www\./, '')
}

