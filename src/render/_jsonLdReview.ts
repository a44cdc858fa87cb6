import type { Organization, Person, Rating, Review as SchemaReview } from 'schema-dts'
import type { Message } from '../message.js'
import type { Review } from '../schemas/index.js'

/** What the review handler needs from the renderer. */
export interface _ReviewContext {
  /** The `@id` of the review, when the page has a base URL. */
  id: string | undefined
  /** Names of review authors that are organizations rather than people. */
  organizations: readonly string[]
  /** Where the review sits in the record, such as `"reviews.0"`. */
  path: string
  /** Receives what Google requires but the record lacks. */
  report: (message: Message) => void
}

/**
 * Maps a review to a schema.org Review, reporting what Google's review snippets require but the
 * review lacks (an author, a rating) instead of inventing it.
 *
 * @param review The review.
 * @param context Its `@id`, path and the message sink.
 * @returns The schema.org Review, without `itemReviewed`.
 */
export function _jsonLdReview(review: Review, context: _ReviewContext): SchemaReview {
  const { path, report } = context
  let author: Person | Organization | undefined
  if (review.author === undefined) {
    report({
      severity: 'warning',
      rule: 'jsonld-missing-review-author',
      message: 'The review has no author, which Google requires for a review snippet.',
      path: `${path}.author`,
    })
  } else {
    author = {
      '@type': context.organizations.includes(review.author) ? 'Organization' : 'Person',
      name: review.author,
    }
  }

  let reviewRating: Rating | undefined
  if (review.rating === undefined) {
    report({
      severity: 'warning',
      rule: 'jsonld-missing-review-rating',
      message: 'The review states no rating, which Google requires for a review snippet.',
      path: `${path}.rating`,
    })
  } else {
    const { value, best, worst } = review.rating
    reviewRating = {
      '@type': 'Rating',
      ratingValue: value,
      ...(best === undefined ? {} : { bestRating: best }),
      ...(worst === undefined ? {} : { worstRating: worst }),
    }
    if (best === undefined || worst === undefined) {
      report({
        severity: 'info',
        rule: 'jsonld-assumed-rating-scale',
        message: `The rating "${review.rating.text}" does not state its whole scale, so Google reads it as 1 to 5 where left out.`,
        path: `${path}.rating`,
      })
    }
  }

  return {
    '@type': 'Review',
    ...(context.id === undefined ? {} : { '@id': context.id }),
    ...(review.title === undefined ? {} : { name: review.title }),
    ...(author === undefined ? {} : { author }),
    ...(review.datePublished === undefined ? {} : { datePublished: review.datePublished }),
    ...(reviewRating === undefined ? {} : { reviewRating }),
    reviewBody: review.sections.flatMap((section) => section.paragraphs).join('\n\n'),
  }
}
