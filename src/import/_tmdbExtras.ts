import type { ReleaseDate } from '../schemas/film.js'
import { isRealIsoDate } from '../schemas/isoDate.js'
import type { Review } from '../schemas/review.js'
import { _regionCodes } from '../schemas/_regionCodes.js'
import { _number } from './_clean.js'
import { _isNode, _list, type _Node } from './_jsonLdNodes.js'
import { _field } from './_jsonFields.js'

// TMDB release types: 1 premiere, 2 limited theatrical, 3 theatrical; later ones are home media.
const TYPE_NOTES: Record<number, string | undefined> = { 1: 'premiere', 2: 'limited', 3: undefined }

/**
 * Reads the regional release dates of the `release_dates` (or older `releases`) block: the
 * earliest premiere or theatrical date of each region, in date order.
 *
 * @param input The TMDB movie.
 * @returns The release dates, or an empty list when the response has no such block.
 */
export function _tmdbReleases(input: _Node): ReleaseDate[] {
  const found = new Map<string, ReleaseDate>()
  const add = (regionValue: unknown, dateValue: unknown, note?: string) => {
    const region = _field(regionValue)
    const date = _field(dateValue)?.slice(0, 10)
    if (!region || !_regionCodes.includes(region) || !date || !isRealIsoDate(date)) return
    const seen = found.get(region)
    if (seen && seen.date <= date) return
    found.set(region, { date, region, ...(note && { note }) })
  }
  const modern = _isNode(input.release_dates) ? _list(input.release_dates.results) : []
  for (const entry of modern) {
    if (!_isNode(entry)) continue
    for (const release of _list(entry.release_dates)) {
      if (!_isNode(release) || typeof release.type !== 'number' || !(release.type in TYPE_NOTES)) continue
      add(entry.iso_3166_1, release.release_date, _field(release.note) ?? TYPE_NOTES[release.type])
    }
  }
  if (modern.length === 0 && _isNode(input.releases)) {
    for (const entry of _list(input.releases.countries)) if (_isNode(entry)) add(entry.iso_3166_1, entry.release_date)
  }
  return [...found.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * Reads the `reviews` block: each review's text, author, date and the author's own rating.
 *
 * @param input The TMDB movie.
 * @returns The reviews that have text.
 */
export function _tmdbReviews(input: _Node): Review[] {
  const results = _isNode(input.reviews) ? _list(input.reviews.results) : []
  return results.flatMap((entry): Review[] => {
    if (!_isNode(entry) || typeof entry.content !== 'string') return []
    const paragraphs = entry.content
      .split(/\r?\n\s*\r?\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    if (paragraphs.length === 0) return []
    const review: Review = { sections: [{ kind: 'overview', paragraphs }] }
    const author = _field(entry.author)
    if (author) review.author = author
    const date = _field(entry.created_at)?.slice(0, 10)
    if (date && isRealIsoDate(date)) review.datePublished = date
    const rating = _isNode(entry.author_details) ? _number(entry.author_details.rating) : undefined
    if (rating !== undefined && rating >= 0 && rating <= 10) review.rating = { value: rating, best: 10, text: `${rating}/10` }
    return [review]
  })
}
