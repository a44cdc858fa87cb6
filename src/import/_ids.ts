/**
 * Finds an IMDb title id in a URL or text, such as "https://www.imdb.com/title/tt0078748/".
 *
 * @param text The URL or text.
 * @returns The id, such as `"tt0078748"`, or `undefined`.
 */
export function _imdbTitleId(text: string): string | undefined {
  return /(?:^|\/title\/|\b)(tt\d{7,10})\b/.exec(text)?.[1]
}

/**
 * Finds an IMDb name id in a URL or text, such as "/name/nm0000244/".
 *
 * @param text The URL or text.
 * @returns The id, such as `"nm0000244"`, or `undefined`.
 */
export function _imdbNameId(text: string): string | undefined {
  return /(?:^|\/name\/|\b)(nm\d{7,10})\b/.exec(text)?.[1]
}

/**
 * Finds a Wikidata item id in a URL or text, such as "https://www.wikidata.org/wiki/Q103569".
 *
 * @param text The URL or text.
 * @returns The id, such as `"Q103569"`, or `undefined`.
 */
export function _wikidataId(text: string): string | undefined {
  if (!/wikidata\.org|^Q\d+$/.test(text)) return undefined
  return /\b(Q[1-9]\d{0,11})\b/.exec(text)?.[1]
}

/**
 * Finds a TMDB movie id in a URL, such as "https://www.themoviedb.org/movie/348-alien".
 *
 * @param text The URL.
 * @returns The id, or `undefined`.
 */
export function _tmdbId(text: string): number | undefined {
  const match = /themoviedb\.org\/(?:\d\/)?movie\/(\d+)/.exec(text)
  return match ? Number(match[1]) : undefined
}
