import * as v from 'valibot'
import { _isOnScale, _scaleMessage, _scaleMetadata } from './_ratingScale.js'
import { _text } from './_text.js'

/** A site's or audience's rating of a film: an average over many votes. */
export interface AggregateRating {
  /** The average, on the scale from `worst` to `best`. */
  value: number
  /** The top of the scale, such as `10`. */
  best: number
  /** The bottom of the scale, such as `1`. */
  worst: number
  /** How many votes the average is over. */
  count?: number
  /** Who collected the votes, such as `"IMDb"` or `"Rotten Tomatoes"`. */
  source?: string
}

const number = (description: string) =>
  v.pipe(v.number(), v.finite('Expected a finite number'), v.description(description))

/** Schema of an {@link AggregateRating}. */
export const AggregateRatingSchema = v.pipe(
  v.strictObject({
    value: number('The average, on the scale from worst to best.'),
    best: number('The top of the scale, such as 10.'),
    worst: number('The bottom of the scale, such as 1.'),
    count: v.exactOptional(
      v.pipe(
        v.number(),
        v.integer('Expected a whole number of votes'),
        v.minValue(1, 'Expected a vote count of at least 1'),
        v.description('How many votes the average is over.'),
      ),
    ),
    source: v.exactOptional(_text('Who collected the votes, such as "IMDb".')),
  }),
  v.forward(
    v.partialCheck([['value'], ['best'], ['worst']], _isOnScale, _scaleMessage),
    ['value'],
  ),
  _scaleMetadata<AggregateRating>(),
  v.description("A site's or audience's rating of a film: an average over many votes."),
) satisfies v.GenericSchema<AggregateRating>
