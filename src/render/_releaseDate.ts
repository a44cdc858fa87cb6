import type { Film } from '../schemas/index.js'

/**
 * The film's first release: the earliest release date, else its year.
 *
 * @param film The film.
 * @returns An ISO 8601 date, full or partial, or `undefined`.
 */
export function _releaseDate(film: Film): string | undefined {
  const dates = (film.releaseDates ?? []).map((release) => release.date).sort()
  return dates[0] ?? (film.year === undefined ? undefined : String(film.year))
}
