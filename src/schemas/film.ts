import * as v from 'valibot'
import { _list, _text } from './_text.js'
import { AggregateRatingSchema, type AggregateRating } from './aggregateRating.js'
import { AwardSchema, type Award } from './award.js'
import { CastCreditSchema, type CastCredit } from './castCredit.js'
import { GrossSchema, type Gross } from './gross.js'
import { IsoDateSchema, type IsoDate } from './isoDate.js'
import { MoneySchema, type Money } from './money.js'
import { PersonSchema, WIKIDATA_ID, type Person } from './person.js'
import { RegionCodeSchema } from './regionCode.js'
import { ReviewSchema, type Review } from './review.js'
import { YearSchema } from './year.js'

/** A release of the film: when, and where. */
export interface ReleaseDate {
  /** The date, full or partial. */
  date: IsoDate
  /** ISO 3166-1 alpha-2 region. */
  region?: string
  /** A note such as `"premiere"` or `"Cannes Film Festival"`. */
  note?: string
}

/** A running time of one cut of the film. */
export interface Runtime {
  /** Whole minutes. */
  minutes: number
  /** ISO 3166-1 alpha-2 region. */
  region?: string
  /** Which cut, such as `"director's cut"`. */
  note?: string
}

/** A mistake spotted in the film. */
export interface Goof {
  /** The kind of mistake, such as `"anachronism"` or `"continuity"`. */
  category?: string
  /** What is wrong. */
  text: string
}

/** One line of a quote. */
export interface QuoteLine {
  /** Who says it. */
  character?: string
  /** What is said. */
  text: string
  /** A stage note such as `"Poem"`. */
  note?: string
}

/** A memorable exchange from the film. */
export interface Quote {
  /** The lines, in order. */
  lines: QuoteLine[]
}

/** Identifiers of a film in public databases. */
export interface FilmIds {
  /** IMDb title id, such as `"tt0089560"`. */
  imdb?: string
  /** Wikidata item id, such as `"Q1424374"`. */
  wikidata?: string
  /** TMDB movie id. */
  tmdb?: number
}

/** A film: its facts, credits, ratings and reviews. */
export interface Film {
  /** The title, required. */
  title: string
  /** The title in the original language, when it differs. */
  originalTitle?: string
  /** The year of first release, 1870 to 2100. */
  year?: number
  /** Identifiers in public databases. */
  ids?: FilmIds
  /** A one-sentence description. */
  logline?: string
  /** A longer plot summary. */
  synopsis?: string
  /** Genres, such as `"Drama"`. */
  genres?: string[]
  /** Releases, by date and region. */
  releaseDates?: ReleaseDate[]
  /** Running times, one per cut. */
  runtimes?: Runtime[]
  /** Directors. */
  directors?: Person[]
  /** Writers. */
  writers?: Person[]
  /** The top-billed stars. */
  stars?: Person[]
  /** The cast, in billing order. */
  cast?: CastCredit[]
  /** Taglines from the posters and trailers. */
  taglines?: string[]
  /** Countries of origin. */
  countries?: string[]
  /** Spoken languages. */
  languages?: string[]
  /** Where it was filmed. */
  filmingLocations?: string[]
  /** The production budget. */
  budget?: Money
  /** Box-office takings. */
  grosses?: Gross[]
  /** Site and audience ratings, one per source. */
  ratings?: AggregateRating[]
  /** Awards and nominations. */
  awards?: Award[]
  /** Trivia. */
  trivia?: string[]
  /** Mistakes spotted in the film. */
  goofs?: Goof[]
  /** Memorable quotes. */
  quotes?: Quote[]
  /** Reviews. */
  reviews?: Review[]
}

/** IMDb title ids: `tt` and seven or more digits. */
export const IMDB_TITLE_ID = /^tt\d{7,10}$/

/** Schema of a {@link ReleaseDate}. */
export const ReleaseDateSchema = v.pipe(
  v.strictObject({
    date: IsoDateSchema,
    region: v.exactOptional(RegionCodeSchema),
    note: v.exactOptional(_text('A note such as "premiere".')),
  }),
  v.description('A release of the film: when, and where.'),
) satisfies v.GenericSchema<ReleaseDate>

/** Schema of a {@link Runtime}. */
export const RuntimeSchema = v.pipe(
  v.strictObject({
    minutes: v.pipe(
      v.number(),
      v.integer('Expected whole minutes'),
      v.minValue(1, 'Expected a running time of at least one minute'),
      v.description('Whole minutes.'),
    ),
    region: v.exactOptional(RegionCodeSchema),
    note: v.exactOptional(_text('Which cut, such as "director\'s cut".')),
  }),
  v.description('A running time of one cut of the film.'),
) satisfies v.GenericSchema<Runtime>

/** Schema of a {@link Goof}. */
export const GoofSchema = v.pipe(
  v.strictObject({
    category: v.exactOptional(_text('The kind of mistake, such as "anachronism".')),
    text: _text('What is wrong.'),
  }),
  v.description('A mistake spotted in the film.'),
) satisfies v.GenericSchema<Goof>

/** Schema of a {@link Quote}. */
export const QuoteSchema = v.pipe(
  v.strictObject({
    lines: _list(
      v.pipe(
        v.strictObject({
          character: v.exactOptional(_text('Who says it.')),
          text: _text('What is said.'),
          note: v.exactOptional(_text('A stage note such as "Poem".')),
        }),
        v.description('One line of a quote.'),
      ),
      'The lines, in order.',
    ),
  }),
  v.description('A memorable exchange from the film.'),
) satisfies v.GenericSchema<Quote>

/** Schema of {@link FilmIds}. */
export const FilmIdsSchema = v.pipe(
  v.strictObject({
    imdb: v.exactOptional(
      v.pipe(
        v.string(),
        v.regex(IMDB_TITLE_ID, 'Expected an IMDb title id such as "tt0089560"'),
        v.description('IMDb title id, such as "tt0089560".'),
      ),
    ),
    wikidata: v.exactOptional(
      v.pipe(
        v.string(),
        v.regex(WIKIDATA_ID, 'Expected a Wikidata id such as "Q1424374"'),
        v.description('Wikidata item id, such as "Q1424374".'),
      ),
    ),
    tmdb: v.exactOptional(
      v.pipe(
        v.number(),
        v.integer('Expected a whole TMDB id'),
        v.minValue(1, 'Expected a TMDB id of at least 1'),
        v.description('TMDB movie id.'),
      ),
    ),
  }),
  v.description('Identifiers of the film in public databases.'),
) satisfies v.GenericSchema<FilmIds>

const texts = (item: string, list: string) => v.exactOptional(_list(_text(item), list))

/** Schema of a {@link Film}. */
export const FilmSchema = v.pipe(
  v.strictObject({
    title: _text('The title, required.'),
    originalTitle: v.exactOptional(_text('The title in the original language, when it differs.')),
    year: v.exactOptional(YearSchema),
    ids: v.exactOptional(FilmIdsSchema),
    logline: v.exactOptional(_text('A one-sentence description.')),
    synopsis: v.exactOptional(_text('A longer plot summary.')),
    genres: texts('A genre.', 'Genres, such as "Drama".'),
    releaseDates: v.exactOptional(_list(ReleaseDateSchema, 'Releases, by date and region.')),
    runtimes: v.exactOptional(_list(RuntimeSchema, 'Running times, one per cut.')),
    directors: v.exactOptional(_list(PersonSchema, 'Directors.')),
    writers: v.exactOptional(_list(PersonSchema, 'Writers.')),
    stars: v.exactOptional(_list(PersonSchema, 'The top-billed stars.')),
    cast: v.exactOptional(_list(CastCreditSchema, 'The cast, in billing order.')),
    taglines: texts('A tagline.', 'Taglines from the posters and trailers.'),
    countries: texts('A country.', 'Countries of origin.'),
    languages: texts('A language.', 'Spoken languages.'),
    filmingLocations: texts('A place.', 'Where it was filmed.'),
    budget: v.exactOptional(MoneySchema),
    grosses: v.exactOptional(_list(GrossSchema, 'Box-office takings.')),
    ratings: v.exactOptional(_list(AggregateRatingSchema, 'Site and audience ratings, one per source.')),
    awards: v.exactOptional(_list(AwardSchema, 'Awards and nominations.')),
    trivia: texts('A piece of trivia.', 'Trivia.'),
    goofs: v.exactOptional(_list(GoofSchema, 'Mistakes spotted in the film.')),
    quotes: v.exactOptional(_list(QuoteSchema, 'Memorable quotes.')),
    reviews: v.exactOptional(_list(ReviewSchema, 'Reviews.')),
  }),
  v.description('A film: its facts, credits, ratings and reviews.'),
) satisfies v.GenericSchema<Film>
