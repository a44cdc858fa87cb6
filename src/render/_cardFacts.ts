import type { Film } from '../schemas/index.js'
import { _formatRating, _formatTitle } from './_format.js'
import { _pickRuntime } from './_pickRuntime.js'

/** The card's lines of facts, by label, as plain text: what `toCard` and the HTML page show. */
export interface _CardFacts {
  /** The title with its year. */
  title: string
  /** Labelled facts: director, stars, runtime, rating. */
  rows: [label: string, value: string][]
  /** The first tagline. */
  tagline: string | undefined
  /** The first paragraph of the first review's verdict. */
  verdict: string | undefined
}

/**
 * The facts a card shows: title and year, director, stars, runtime, rating, tagline and the
 * first review's verdict.
 *
 * @param film The film.
 * @returns The facts, as plain text.
 */
export function _cardFacts(film: Film): _CardFacts {
  const names = (people: readonly { name: string }[] | undefined) => people?.map((person) => person.name).join(', ')
  const stars = names(film.stars) ?? names(film.cast?.slice(0, 3))
  const runtime = _pickRuntime(film)
  const review = film.reviews?.find((item) => item.sections.some((section) => section.kind === 'verdict'))
  const reviewRating = film.reviews?.find((item) => item.rating)?.rating
  const rating = film.ratings?.[0] ? _formatRating(film.ratings[0]) : reviewRating?.text
  const rows: [string, string | undefined][] = [
    [film.directors && film.directors.length > 1 ? 'Directors' : 'Director', names(film.directors)],
    ['Stars', stars],
    ['Runtime', runtime && `${runtime.minutes} min`],
    ['Rating', rating],
  ]
  return {
    title: _formatTitle(film),
    rows: rows.filter((row): row is [string, string] => Boolean(row[1])),
    tagline: film.taglines?.[0],
    verdict: review?.sections.find((section) => section.kind === 'verdict')?.paragraphs[0],
  }
}
