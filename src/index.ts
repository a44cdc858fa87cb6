// The public API of reelmark. Every export is listed by name; `tests/api.test.ts` pins the list.

// Records, their schemas and checks.
export {
  AggregateRatingSchema,
  AwardSchema,
  CastCreditSchema,
  CurrencyCodeSchema,
  FilmIdsSchema,
  FilmSchema,
  FilmValidationError,
  GoofSchema,
  GrossSchema,
  IMDB_NAME_ID,
  IMDB_TITLE_ID,
  IsoDateSchema,
  MoneySchema,
  PersonSchema,
  QuoteSchema,
  RegionCodeSchema,
  ReleaseDateSchema,
  ReviewRatingSchema,
  ReviewSchema,
  RuntimeSchema,
  SECTION_KINDS,
  SectionKindSchema,
  SectionSchema,
  WIKIDATA_ID,
  YEAR_RANGE,
  YearSchema,
  isRealIsoDate,
  parseFilm,
  safeParseFilm,
  safeParseRecord,
  type AggregateRating,
  type Award,
  type CastCredit,
  type CurrencyCode,
  type Film,
  type FilmIds,
  type Goof,
  type Gross,
  type IsoDate,
  type Money,
  type Person,
  type Quote,
  type QuoteLine,
  type RecordCheck,
  type RecordIssue,
  type RegionCode,
  type ReleaseDate,
  type Review,
  type ReviewRating,
  type Runtime,
  type Section,
  type SectionKind,
} from './schemas/index.js'
export type { Message, ParseResult, Severity } from './message.js'

// Readers: text to film.
export { mergeFilms, type MergeFilmsOptions } from './parse/mergeFilms.js'
export { parseReview, type ParseReviewOptions } from './parse/parseReview.js'
export { parseFilmPage, type ParseFilmPageOptions } from './parse/parseFilmPage.js'
export { importFilm, type ImportFilmOptions } from './import/importFilm.js'
export { IMPORT_SOURCES, detectSource, type ImportSource } from './import/detectSource.js'

// Validation: film datasets to issues with positions.
export { validateFile, type ValidateFileOptions } from './validate/validateFile.js'
export { validateFilms, type FilmsReport } from './validate/validateFilms.js'
export type { ValidateFilmsOptions } from './validate/_checkOptions.js'
export type { RuleSetting, ValidateConfig } from './validate/validateConfig.js'
export type { FileReport, FilmIssue, ValidationIssue } from './validate/validationIssue.js'
export type { Shard } from './validate/_shard.js'

// Renderers: film to text.
export { toJsonLd, type JsonLdExtraFact, type JsonLdOptions } from './render/toJsonLd.js'
export { toJsonLdScript, type JsonLdScriptOptions } from './render/toJsonLdScript.js'
export { toMarkdown, type MarkdownOptions } from './render/toMarkdown.js'
export { toCard, type CardOptions } from './render/toCard.js'
export { toHtml, type HtmlOptions } from './render/toHtml.js'
export { RENDER_FORMATS, renderAs, type RenderFormat, type RenderOptions, type RenderResult } from './render/renderAs.js'
