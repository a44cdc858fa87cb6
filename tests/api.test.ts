import { describe, expect, it } from 'vitest'
import * as reelmark from '../src/index.js'
import * as schemas from '../src/schemas/index.js'

describe('public API', () => {
  it('exposes exactly the listed runtime exports from "reelmark"', () => {
    expect(Object.keys(reelmark).sort()).toEqual(
      [
        'AggregateRatingSchema',
        'AwardSchema',
        'CastCreditSchema',
        'CurrencyCodeSchema',
        'FilmIdsSchema',
        'FilmSchema',
        'FilmValidationError',
        'GoofSchema',
        'GrossSchema',
        'IMDB_NAME_ID',
        'IMDB_TITLE_ID',
        'IsoDateSchema',
        'MoneySchema',
        'PersonSchema',
        'QuoteSchema',
        'RENDER_FORMATS',
        'RegionCodeSchema',
        'ReleaseDateSchema',
        'ReviewRatingSchema',
        'ReviewSchema',
        'RuntimeSchema',
        'SECTION_KINDS',
        'SectionKindSchema',
        'SectionSchema',
        'WIKIDATA_ID',
        'YEAR_RANGE',
        'YearSchema',
        'isRealIsoDate',
        'mergeFilms',
        'parseFilm',
        'parseReview',
        'renderAs',
        'safeParseFilm',
        'safeParseRecord',
        'toCard',
        'toHtml',
        'toJsonLd',
        'toJsonLdScript',
        'toMarkdown',
        'importFilm',
        'detectSource',
        'IMPORT_SOURCES',
        'validateFile',
        'validateFilms',
        'parseFilmPage',
      ].sort(),
    )
  })

  it('exposes every schema export from "reelmark/schemas" through "reelmark" too', () => {
    for (const name of Object.keys(schemas)) {
      expect(reelmark, name).toHaveProperty(name, schemas[name as keyof typeof schemas])
    }
  })
})
