import type { Film } from '../schemas/index.js'
import { _formatAward, _formatMoney, _formatRating, _formatRelease, _formatRuntime } from './_format.js'

/** One line of a film's facts: a label and its values, as plain text. */
export interface _Fact {
  /** The label, such as `"Directed by"`. */
  label: string
  /** The values, such as the directors' names. */
  values: string[]
}

/**
 * Lists the facts of a film as labelled plain text, in a fixed order, leaving out what it lacks.
 *
 * @param film The film.
 * @returns The facts.
 */
export function _facts(film: Film): _Fact[] {
  const names = (people: readonly { name: string }[] | undefined) => people?.map((person) => person.name)
  const facts: [string, string[] | undefined][] = [
    ['Original title', film.originalTitle === undefined ? undefined : [film.originalTitle]],
    ['Year', film.year === undefined ? undefined : [String(film.year)]],
    ['Released', film.releaseDates?.map(_formatRelease)],
    ['Runtime', film.runtimes?.map(_formatRuntime)],
    ['Genres', film.genres],
    ['Directed by', names(film.directors)],
    ['Written by', names(film.writers)],
    ['Starring', names(film.stars)],
    ['Countries', film.countries],
    ['Languages', film.languages],
    ['Filmed in', film.filmingLocations],
    ['Budget', film.budget && [_formatMoney(film.budget)]],
    ['Box office', film.grosses?.map((gross) => `${_formatMoney(gross)}${aside(gross.scope, gross.region, gross.date)}`)],
    ['Ratings', film.ratings?.map(_formatRating)],
    ['Awards', film.awards?.map(_formatAward)],
    ['IMDb', film.ids?.imdb === undefined ? undefined : [film.ids.imdb]],
    ['Wikidata', film.ids?.wikidata === undefined ? undefined : [film.ids.wikidata]],
    ['TMDB', film.ids?.tmdb === undefined ? undefined : [String(film.ids.tmdb)]],
  ]
  return facts
    .filter((fact): fact is [string, string[]] => fact[1] !== undefined && fact[1].length > 0)
    .map(([label, values]) => ({ label, values }))
}

function aside(...parts: (string | undefined)[]): string {
  const present = parts.filter(Boolean)
  return present.length > 0 ? ` (${present.join(', ')})` : ''
}
