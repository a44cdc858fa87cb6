import type { ReviewRating } from '../schemas/review.js'
import { _findDate } from './_dates.js'

/** What the byline of a user review tells. */
export interface _Byline {
  date?: string
  author?: string
  title?: string
  /** A rating drawn as stars beside the author ("★★★★½"); its scale is not stated. */
  rating?: ReviewRating
}

/**
 * Reads the byline of a user review: its date, author, star rating and, when it comes first,
 * title.
 *
 * @param text A trimmed line.
 * @returns What the line tells, or `undefined` when it is no byline.
 */
export function _readReviewByline(text: string): _Byline | undefined {
  // "19 May 2004 | by rainman-33 (Texas, USA)", "Author: maurizio toni (tekton) from Italy",
  // "Review by nightowl ★★★★½", "It can be enjoyable also for classicists, 10 May 2005".
  const author =
    /(?:^|\|\s*|^review(?:ed)?\s+)(?:by|author:)\s+([^|()–—★½\s](?:[^|()–—★½]*?[^|()–—★½\s])?)(?:\s*\(|\s+from\s|\s*[–—|★½]|$)/i.exec(text)
  const date = _findDate(text)
  const dated = date ? { date: date.date } : {}
  if (author) {
    const stars = /(★+)(½)?|(½)/.exec(text.slice(author.index + author[0].length - 1))
    const rating = stars ? { rating: { value: (stars[1]?.length ?? 0) + (stars[2] || stars[3] ? 0.5 : 0), text: stars[0] } } : {}
    return { ...dated, author: author[1]!.trim(), ...rating }
  }
  if (!date) return undefined
  if (date.start === 0 && (date.end === text.length || /^\s*\|/.test(text.slice(date.end)))) return dated
  if (date.end === text.length && /,\s*$/.test(text.slice(0, date.start))) {
    return { ...dated, title: text.slice(0, date.start).replace(/,\s*$/, '').trim() }
  }
  return undefined
}
