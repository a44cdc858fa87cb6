import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import {
  AggregateRatingSchema,
  AwardSchema,
  CastCreditSchema,
  CurrencyCodeSchema,
  FilmSchema,
  GrossSchema,
  IsoDateSchema,
  MoneySchema,
  PersonSchema,
  RegionCodeSchema,
  ReviewRatingSchema,
  ReviewSchema,
  SectionSchema,
} from '../src/schemas/index.js'

/** Where the published JSON Schema files can be fetched from, for `$id`. */
const BASE = 'https://unpkg.com/reelmark/schemas/'

/** The pieces of a review, named in `$defs`. */
const REVIEW_DEFINITIONS = {
  IsoDate: IsoDateSchema,
  ReviewRating: ReviewRatingSchema,
  Section: SectionSchema,
}

/** The pieces of a film, named in `$defs` so that each is written once. */
const FILM_DEFINITIONS = {
  ...REVIEW_DEFINITIONS,
  RegionCode: RegionCodeSchema,
  CurrencyCode: CurrencyCodeSchema,
  Person: PersonSchema,
  CastCredit: CastCreditSchema,
  Money: MoneySchema,
  Gross: GrossSchema,
  AggregateRating: AggregateRatingSchema,
  Award: AwardSchema,
  Review: ReviewSchema,
}

/** The JSON Schema files reelmark ships, by file name. */
export const JSON_SCHEMA_FILES = {
  'film.schema.json': { schema: FilmSchema, title: 'reelmark Film', definitions: FILM_DEFINITIONS },
  'review.schema.json': {
    schema: ReviewSchema,
    title: 'reelmark Review',
    definitions: REVIEW_DEFINITIONS,
  },
} as const

/**
 * Generates one JSON Schema (draft 2020-12) from a record schema.
 *
 * @param file The file name, a key of {@link JSON_SCHEMA_FILES}.
 * @returns The JSON Schema document, serialized with a final newline.
 */
export function generateJsonSchema(file: keyof typeof JSON_SCHEMA_FILES): string {
  const { schema, title, definitions } = JSON_SCHEMA_FILES[file]
  const generated = toJsonSchema(schema, {
    target: 'draft-2020-12',
    definitions: definitions as Record<string, v.GenericSchema>,
    // Note: leap days and cross-field rating bounds are plain functions in valibot; the JSON
    // Schema carries the date pattern and the common-scale clauses in their place. JSON has no
    // infinite numbers, so `finite` needs nothing.
    ignoreActions: ['check', 'partial_check', 'finite'],
  })
  const { $schema, ...rest } = generated
  const document = { $schema, $id: `${BASE}${file}`, title, ...rest }
  return `${JSON.stringify(document, null, 2)}\n`
}
