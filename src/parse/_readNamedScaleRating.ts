import type { AggregateRating } from '../schemas/aggregateRating.js'
import { _readRating } from './_values.js'

// Ratings whose name fixes their scale: a Metascore runs from 0 to 100, an IMDb rating from 1 to
// 10, and a Metacritic user score, on Metacritic's own pages, from 0 to 10.
const NAMED_SCALES: { name: RegExp; site?: string; best: number; worst: number }[] = [
  { name: /metascore/i, best: 100, worst: 0 },
  { name: /\bimdb\b/i, best: 10, worst: 1 },
  { name: /^user score$/i, site: 'Metacritic', best: 10, worst: 0 },
]

/**
 * Reads a bare score under a label that names its scale: "Metascore: 96 (53 critic reviews)".
 *
 * @param label The label as written.
 * @param value The label's value.
 * @param siteName The site the page is from, for scales only that site's pages use.
 * @returns The rating without its source, or `undefined` when the label names no scale or the
 * value is no score on it.
 */
export function _readNamedScaleRating(label: string, value: string, siteName?: string): Omit<AggregateRating, 'source'> | undefined {
  const scale = NAMED_SCALES.find((entry) => entry.name.test(label.trim()) && (!entry.site || entry.site === siteName))
  const score = /^(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]|\s*(?:\/|%|out of\b|of\b))/.exec(value)
  if (!scale || !score) return undefined
  const rating = _readRating(`${score[1]}/${scale.best}${value.slice(score[0].length)}`)
  return rating && rating.value >= scale.worst ? { ...rating, worst: scale.worst } : undefined
}
