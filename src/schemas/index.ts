// The schema-only entry, `reelmark/schemas`: records, their valibot schemas and the checks that
// use them. Nothing here loads a parser, a renderer or the command line.
export { AggregateRatingSchema, type AggregateRating } from './aggregateRating.js'
export { AwardSchema, type Award } from './award.js'
export { CastCreditSchema, type CastCredit } from './castCredit.js'
export { CurrencyCodeSchema, type CurrencyCode } from './currencyCode.js'
export {
  FilmIdsSchema,
  FilmSchema,
  GoofSchema,
  IMDB_TITLE_ID,
  QuoteSchema,
  ReleaseDateSchema,
  RuntimeSchema,
  type Film,
  type FilmIds,
  type Goof,
  type Quote,
  type QuoteLine,
  type ReleaseDate,
  type Runtime,
} from './film.js'
export { GrossSchema, type Gross } from './gross.js'
export { IsoDateSchema, isRealIsoDate, type IsoDate } from './isoDate.js'
export { MoneySchema, type Money } from './money.js'
export { FilmValidationError, parseFilm } from './parseFilm.js'
export { IMDB_NAME_ID, PersonSchema, WIKIDATA_ID, type Person } from './person.js'
export type { RecordIssue } from './recordIssue.js'
export { RegionCodeSchema, type RegionCode } from './regionCode.js'
export {
  ReviewRatingSchema,
  ReviewSchema,
  SECTION_KINDS,
  SectionKindSchema,
  SectionSchema,
  type Review,
  type ReviewRating,
  type Section,
  type SectionKind,
} from './review.js'
export { safeParseFilm, safeParseRecord, type RecordCheck } from './safeParseFilm.js'
export { YEAR_RANGE, YearSchema } from './year.js'
