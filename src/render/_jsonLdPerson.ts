import type { Person as SchemaPerson } from 'schema-dts'
import type { Person } from '../schemas/index.js'

/**
 * The public pages that identify a person or a film, from its database ids.
 *
 * @param ids The record's ids.
 * @returns IMDb, Wikidata and TMDB addresses, in that order.
 */
export function _sameAs(ids: { imdb?: string; wikidata?: string; tmdb?: number } | undefined): string[] {
  const urls: string[] = []
  if (ids?.imdb) urls.push(`https://www.imdb.com/${ids.imdb.startsWith('tt') ? 'title' : 'name'}/${ids.imdb}/`)
  if (ids?.wikidata) urls.push(`https://www.wikidata.org/wiki/${ids.wikidata}`)
  if (ids?.tmdb !== undefined) urls.push(`https://www.themoviedb.org/movie/${ids.tmdb}`)
  return urls
}

/**
 * Maps a credited person to a schema.org Person.
 *
 * @param person The person, with any database ids.
 * @returns `{ "@type": "Person", name, sameAs? }`.
 */
export function _jsonLdPerson(person: Person): SchemaPerson {
  const sameAs = _sameAs(person.ids)
  return { '@type': 'Person', name: person.name, ...(sameAs.length > 0 ? { sameAs } : {}) }
}
