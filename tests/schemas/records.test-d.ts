import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import {
  FilmSchema,
  ReviewSchema,
  safeParseFilm,
  type AggregateRating,
  type Film,
  type Gross,
  type Money,
  type Review,
  type SectionKind,
} from '../../src/index.js'

describe('record types', () => {
  it('infers Film from FilmSchema', () => {
    expectTypeOf<v.InferOutput<typeof FilmSchema>>().toEqualTypeOf<Film>()
    expectTypeOf<v.InferOutput<typeof ReviewSchema>>().toEqualTypeOf<Review>()
  })

  it('types a parsed film', () => {
    const result = safeParseFilm({})
    if (result.success) expectTypeOf(result.output).toEqualTypeOf<Film>()
    else expectTypeOf(result.output).toBeUndefined()
  })

  it('keeps optional fields truly optional, never undefined or null', () => {
    expectTypeOf<Film['year']>().toEqualTypeOf<number | undefined>()
    // @ts-expect-error undefined is not a value a record holds
    const film: Film = { title: 'Mask', year: undefined }
    expectTypeOf(film).toEqualTypeOf<Film>()
  })

  it('narrows the enumerations', () => {
    expectTypeOf<SectionKind>().toEqualTypeOf<
      'overview' | 'plot' | 'acting' | 'direction' | 'writing' | 'music' | 'visuals' | 'production' | 'reception' | 'verdict'
    >()
    expectTypeOf<Money['qualifier']>().toEqualTypeOf<'about' | 'over' | 'under' | undefined>()
    expectTypeOf<Gross>().toMatchTypeOf<Money>()
    expectTypeOf<Gross['scope']>().toEqualTypeOf<'domestic' | 'worldwide' | 'opening-weekend' | undefined>()
    expectTypeOf<AggregateRating['best']>().toEqualTypeOf<number>()
  })
})
