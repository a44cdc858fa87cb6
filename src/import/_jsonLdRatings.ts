import type { AggregateRating } from '../schemas/aggregateRating.js'
import { isRealIsoDate } from '../schemas/isoDate.js'
import type { Review, ReviewRating } from '../schemas/review.js'
import { _number } from './_clean.js'
import { _deref, _isNode, _list, _nameOf, _textOf, type _Node } from './_jsonLdNodes.js'
import { _note, type _InputPath, type _Note } from './_note.js'

/**
 * Reads `aggregateRating` (one node or an array of them) into ratings.
 *
 * @param value The property's value.
 * @param at Where the property sits in the input.
 * @param site Who collected the votes when the rating does not say, such as `"IMDb"`.
 * @param nodes The document's nodes by id.
 * @param notes Where to report.
 * @returns The ratings that lie on their scale; the others are reported.
 */
export function _jsonLdRatings(
  value: unknown,
  at: _InputPath,
  site: string | undefined,
  nodes: Map<string, _Node>,
  notes: _Note[],
): AggregateRating[] {
  const ratings: AggregateRating[] = []
  _list(value).forEach((raw, index) => {
    const node = _deref(raw, nodes)
    const where = Array.isArray(value) ? [...at, index] : at
    const scale = _isNode(node) ? _scale(node, where, 'ratings', notes) : undefined
    if (!_isNode(node) || !scale) return
    // Note: schema.org's defaults for a rating without bounds are 1 to 5.
    const rating: AggregateRating = { value: scale.value, best: scale.best ?? 5, worst: scale.worst ?? 1 }
    const count = _number(node.ratingCount) ?? _number(node.reviewCount)
    if (count !== undefined && Number.isInteger(count) && count >= 1) rating.count = count
    const source = _nameOf(_deref(node.author, nodes)) ?? _nameOf(_deref(node.publisher, nodes)) ?? site
    if (source) rating.source = source
    ratings.push(rating)
  })
  return ratings
}

/**
 * Reads `review` (one node or an array of them) into reviews; a review without a body is
 * reported and left out, since a review record needs at least one paragraph.
 *
 * @param value The property's value.
 * @param at Where the property sits in the input.
 * @param nodes The document's nodes by id.
 * @param notes Where to report.
 * @returns The reviews.
 */
export function _jsonLdReviews(value: unknown, at: _InputPath, nodes: Map<string, _Node>, notes: _Note[]): Review[] {
  const reviews: Review[] = []
  _list(value).forEach((raw, index) => {
    const node = _deref(raw, nodes)
    const where = Array.isArray(value) ? [...at, index] : at
    if (!_isNode(node)) return
    const body = typeof node.reviewBody === 'string' ? node.reviewBody : typeof node.text === 'string' ? node.text : ''
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    if (paragraphs.length === 0) {
      _note(notes, 'warning', 'empty-value', 'Left out a review with no reviewBody: a review needs at least one paragraph.', where, 'reviews')
      return
    }
    const review: Review = { sections: [{ kind: 'overview', paragraphs }] }
    const title = _textOf(_list(node.name)[0]) ?? _textOf(_list(node.headline)[0])
    if (title) review.title = title
    const author = _nameOf(_deref(_list(node.author)[0], nodes))
    if (author) review.author = author
    const date = _isoDate(node.datePublished)
    if (date) review.datePublished = date
    const rated = _deref(node.reviewRating, nodes)
    const scale = _isNode(rated) ? _scale(rated, [...where, 'reviewRating'], `reviews.${reviews.length}.rating`, notes, false) : undefined
    if (scale) {
      const rating: ReviewRating = { value: scale.value, text: scale.text }
      if (scale.best !== undefined) rating.best = scale.best
      if (scale.worst !== undefined) rating.worst = scale.worst
      review.rating = rating
    }
    reviews.push(review)
  })
  return reviews
}

/**
 * Reads the date part of a schema.org date or date-time, when it is a real ISO 8601 date.
 *
 * @param value The raw value, such as `"1979-05-25"` or `"1979-05-25T00:00:00Z"`.
 * @returns The date, or `undefined`.
 */
export function _isoDate(value: unknown): string | undefined {
  const text = _textOf(_list(value)[0])
  const date = text && /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T|$)/.exec(text)?.[1]
  return date && isRealIsoDate(date) ? date : undefined
}

interface _Scale {
  value: number
  best?: number
  worst?: number
  text: string
}

function _scale(node: _Node, at: _InputPath, path: string, notes: _Note[], defaults = true): _Scale | undefined {
  const value = _number(node.ratingValue)
  const best = _number(node.bestRating)
  const worst = _number(node.worstRating)
  if (value === undefined) {
    _note(notes, 'warning', 'invalid-value', `Left out a rating whose ratingValue is not a number.`, at, path)
    return undefined
  }
  const top = best ?? (defaults ? 5 : Infinity)
  const bottom = worst ?? (defaults ? 1 : -Infinity)
  if (value > top || value < bottom || bottom >= top) {
    _note(notes, 'warning', 'implausible-value', `Left out the rating ${value}: it lies outside its scale of ${bottom} to ${top}.`, at, path)
    return undefined
  }
  const text = best === undefined ? String(value) : `${value}/${best}`
  return { value, ...(best !== undefined && { best }), ...(worst !== undefined && { worst }), text }
}
