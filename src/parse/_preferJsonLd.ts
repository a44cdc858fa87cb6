import type { CastCredit } from '../schemas/castCredit.js'
import type { Film } from '../schemas/film.js'
import type { Person } from '../schemas/person.js'

type _Named = { name: string; ids?: Person['ids'] }

const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()

/**
 * Combines what a page's visible text says with its schema.org JSON-LD: the JSON-LD wins where it
 * states a value, except where the text says more of the same (a full cast list with characters
 * against a JSON-LD list of three names, a logline the JSON-LD description only wraps).
 *
 * @param text The film read from the visible text.
 * @param ld The film read from the JSON-LD.
 * @param datePublished Whether the JSON-LD states `datePublished`, rather than only when it was made.
 * @returns The combined film.
 */
export function _preferJsonLd(text: Partial<Film>, ld: Partial<Film>, datePublished: boolean): Partial<Film> {
  const film: Partial<Film> = { ...text }
  const set = film as Record<string, unknown>
  for (const [key, value] of Object.entries(ld) as [keyof Film, unknown][]) {
    if (value === undefined) continue
    const mine = text[key]
    switch (key) {
      case 'stars':
        // Note: a page's own "Stars:" list is its top billing; JSON-LD only lists actors.
        set[key] = mine ? _people(mine as _Named[], value as _Named[], true, true) : value
        break
      case 'directors':
      case 'writers':
      case 'cast':
        set[key] = _people(mine as _Named[] | undefined, value as _Named[], key !== 'cast')
        break
      case 'logline':
        // Note: generated descriptions wrap the logline: "X is a movie starring A and B. <logline>".
        set[key] = typeof mine === 'string' && (value as string).includes(mine) ? mine : value
        break
      case 'ratings': {
        const ratings = [...(value as NonNullable<Film['ratings']>)]
        for (const rating of text.ratings ?? []) {
          if (!ratings.some((other) => other.source === rating.source || (other.value === rating.value && other.best === rating.best))) ratings.push(rating)
        }
        set[key] = ratings
        break
      }
      case 'releaseDates': {
        if (!datePublished && text.releaseDates) break
        const dates = [...(value as NonNullable<Film['releaseDates']>)]
        for (const date of text.releaseDates ?? []) {
          if (!dates.some((other) => other.date === date.date)) dates.push(date)
        }
        set[key] = dates
        break
      }
      case 'year':
        // Note: without datePublished the JSON-LD year comes from when the page was made.
        set[key] = datePublished || text.year === undefined ? value : text.year
        break
      case 'ids':
        set[key] = { ...text.ids, ...(value as object) }
        break
      case 'runtimes':
        // Note: the text lists every cut; JSON-LD has one duration.
        set[key] = mine && (mine as unknown[]).length > 1 ? mine : value
        break
      default:
        set[key] = value
    }
  }
  if (film.originalTitle && film.title && fold(film.originalTitle) === fold(film.title)) delete film.originalTitle
  return film
}

function _people(mine: _Named[] | undefined, theirs: _Named[], withIds: boolean, keep = false): _Named[] {
  // The text's list stands when it holds every name the JSON-LD gives, and then takes its ids.
  if (!mine?.length) return theirs
  const names = new Set(mine.map((person) => fold(person.name)))
  if (!keep && (mine.length < theirs.length || !theirs.every((person) => names.has(fold(person.name))))) return theirs
  return mine.map((person) => {
    const match = theirs.find((other) => fold(other.name) === fold(person.name))
    return withIds && match?.ids ? ({ ...person, ids: { ...match.ids } } as CastCredit & _Named) : person
  })
}
