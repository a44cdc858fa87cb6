import * as v from 'valibot'
import { _isOnScale, _scaleMessage, _scaleMetadata } from './_ratingScale.js'
import { _list, _text } from './_text.js'
import { IsoDateSchema, type IsoDate } from './isoDate.js'

/** What a stretch of a review is about. */
export type SectionKind =
  | 'overview'
  | 'plot'
  | 'acting'
  | 'direction'
  | 'writing'
  | 'music'
  | 'visuals'
  | 'production'
  | 'reception'
  | 'verdict'

/** Every {@link SectionKind}, in the order a review usually takes them. */
export const SECTION_KINDS = [
  'overview',
  'plot',
  'acting',
  'direction',
  'writing',
  'music',
  'visuals',
  'production',
  'reception',
  'verdict',
] as const satisfies readonly SectionKind[]

/** A run of paragraphs about one thing. */
export interface Section {
  /** What the paragraphs are about. */
  kind: SectionKind
  /** The paragraphs, as plain text. */
  paragraphs: string[]
}

/** A rating the reviewer states, with the words it came from. */
export interface ReviewRating {
  /** The rating; letter grades map to a number on a documented scale. */
  value: number
  /** The top of the scale; left out when the text does not state it. */
  best?: number
  /** The bottom of the scale; left out when the text does not state it. */
  worst?: number
  /** The words the rating came from, such as `"4.5 out of 5 stars"`. */
  text: string
}

/** One review of a film. */
export interface Review {
  /** The review's headline. */
  title?: string
  /** Who wrote it. */
  author?: string
  /** When it was published. */
  datePublished?: IsoDate
  /** Only a rating the reviewer states; never guessed. */
  rating?: ReviewRating
  /** The body, at least one section. */
  sections: Section[]
}

/** Schema of a {@link SectionKind}. */
export const SectionKindSchema = v.pipe(
  v.picklist(SECTION_KINDS, `Expected one of ${SECTION_KINDS.join(', ')}`),
  v.description('What a stretch of a review is about.'),
) satisfies v.GenericSchema<SectionKind>

/** Schema of a {@link Section}. */
export const SectionSchema = v.pipe(
  v.strictObject({
    kind: SectionKindSchema,
    paragraphs: _list(_text('A paragraph of plain text.'), 'The paragraphs, as plain text.'),
  }),
  v.description('A run of paragraphs about one thing.'),
) satisfies v.GenericSchema<Section>

const finite = (description: string) =>
  v.pipe(v.number(), v.finite('Expected a finite number'), v.description(description))

/** Schema of a {@link ReviewRating}. */
export const ReviewRatingSchema = v.pipe(
  v.strictObject({
    value: finite('The rating; letter grades map to a number on a documented scale.'),
    best: v.exactOptional(finite('The top of the scale, when the text states it.')),
    worst: v.exactOptional(finite('The bottom of the scale, when the text states it.')),
    text: _text('The words the rating came from, such as "4.5 out of 5 stars".'),
  }),
  v.forward(
    v.partialCheck([['value'], ['best'], ['worst']], _isOnScale, _scaleMessage),
    ['value'],
  ),
  _scaleMetadata<ReviewRating>(),
  v.description('A rating the reviewer states, with the words it came from; never guessed.'),
) satisfies v.GenericSchema<ReviewRating>

/** Schema of a {@link Review}. */
export const ReviewSchema = v.pipe(
  v.strictObject({
    title: v.exactOptional(_text("The review's headline.")),
    author: v.exactOptional(_text('Who wrote it.')),
    datePublished: v.exactOptional(IsoDateSchema),
    rating: v.exactOptional(ReviewRatingSchema),
    sections: _list(SectionSchema, 'The body, at least one section.'),
  }),
  v.description('One review of a film.'),
) satisfies v.GenericSchema<Review>
