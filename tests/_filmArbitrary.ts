import fc from 'fast-check'
import { _currencyCodes } from '../src/schemas/_currencyCodes.js'
import { _regionCodes } from '../src/schemas/_regionCodes.js'
import { SECTION_KINDS, type Film } from '../src/index.js'

/** Strings that have broken renderers and parsers elsewhere: markup, script breakouts, odd characters. */
export const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<!--<script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '# heading',
  '* item',
  '1. item',
  '> quote',
  '---',
  '```js',
  '| a | b |',
  '\\',
  '&amp; &lt;',
  '__proto__',
  'constructor',
  '=HYPERLINK("x")',
  'line\u2028separator\u2029',
  '\u202eevil',
  '\u0007bell\u001b[31m',
  '漢字かな',
  '👩‍👩‍👧‍👦',
  '★★★½',
  '$1,000,000',
]

/** Text the schemas accept: not empty, no leading or trailing white space; hostile more often than not. */
export const textArbitrary: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...'<>&"\'`*_[]()!#\\|~-=+:. \n\tab'), minLength: 1, maxLength: 30 }),
    fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE)).map((parts) => parts.join(' ')),
  )
  .map((text) => text.trim())
  .filter((text) => text !== '')

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
const list = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { minLength: 1, maxLength: 3 })
const region = fc.constantFrom(..._regionCodes)
const isoDate = fc
  .tuple(fc.integer({ min: 1870, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([year, month, day]) =>
    month === 0 ? String(year) : day === 0 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  )
const person = fc.record(
  {
    name: textArbitrary,
    ids: fc.record(
      { imdb: fc.integer({ min: 1, max: 9_999_999 }).map((n) => `nm${String(n).padStart(7, '0')}`), wikidata: fc.integer({ min: 1, max: 1e9 }).map((n) => `Q${n}`) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['name'] },
)
const amount = fc.integer({ min: 0, max: 3_000_000_000 })
const money = fc.record(
  { amount, currency: fc.constantFrom(..._currencyCodes), qualifier: fc.constantFrom('about' as const, 'over' as const, 'under' as const) },
  { requiredKeys: ['amount', 'currency'] },
)
/** A scale with worst below best and a value between them. */
const scaled = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([worst, span, at]) => ({ worst, best: worst + span, value: Math.round((worst + span * at) * 10) / 10 }))

/** Any film the schemas accept, every optional field sometimes present, text often hostile. */
export const filmArbitrary: fc.Arbitrary<Film> = fc
  .record(
    {
      title: textArbitrary,
      originalTitle: textArbitrary,
      year: fc.integer({ min: 1870, max: 2100 }),
      ids: fc.record(
        {
          imdb: fc.integer({ min: 1, max: 9_999_999 }).map((n) => `tt${String(n).padStart(7, '0')}`),
          wikidata: fc.integer({ min: 1, max: 1e9 }).map((n) => `Q${n}`),
          tmdb: fc.integer({ min: 1, max: 1e7 }),
        },
        { requiredKeys: [] },
      ),
      logline: textArbitrary,
      synopsis: textArbitrary,
      genres: list(textArbitrary),
      releaseDates: list(fc.record({ date: isoDate, region, note: textArbitrary }, { requiredKeys: ['date'] })),
      runtimes: list(fc.record({ minutes: fc.integer({ min: 1, max: 900 }), region, note: textArbitrary }, { requiredKeys: ['minutes'] })),
      directors: list(person),
      writers: list(person),
      stars: list(person),
      cast: list(fc.record({ name: textArbitrary, character: textArbitrary, creditedAs: textArbitrary }, { requiredKeys: ['name'] })),
      taglines: list(textArbitrary),
      countries: list(textArbitrary),
      languages: list(textArbitrary),
      filmingLocations: list(textArbitrary),
      budget: money,
      grosses: list(
        fc.record(
          {
            amount,
            currency: fc.constantFrom(..._currencyCodes),
            region,
            scope: fc.constantFrom('domestic' as const, 'worldwide' as const, 'opening-weekend' as const),
            date: isoDate,
          },
          { requiredKeys: ['amount', 'currency'] },
        ),
      ),
      ratings: list(
        fc.tuple(scaled, optional(fc.integer({ min: 1, max: 1e7 })), optional(textArbitrary)).map(([scale, count, source]) => ({
          ...scale,
          ...(count === undefined ? {} : { count }),
          ...(source === undefined ? {} : { source }),
        })),
      ),
      awards: list(
        fc.record(
          { name: textArbitrary, category: textArbitrary, recipients: list(textArbitrary), result: fc.constantFrom('won' as const, 'nominated' as const), year: fc.integer({ min: 1870, max: 2100 }) },
          { requiredKeys: ['name'] },
        ),
      ),
      trivia: list(textArbitrary),
      goofs: list(fc.record({ category: textArbitrary, text: textArbitrary }, { requiredKeys: ['text'] })),
      quotes: list(fc.record({ lines: list(fc.record({ character: textArbitrary, text: textArbitrary, note: textArbitrary }, { requiredKeys: ['text'] })) })),
      reviews: list(
        fc.record(
          {
            title: textArbitrary,
            author: textArbitrary,
            datePublished: isoDate,
            rating: fc.tuple(scaled, textArbitrary, fc.boolean()).map(([scale, text, stated]) => (stated ? { ...scale, text } : { value: scale.value, text })),
            sections: list(fc.record({ kind: fc.constantFrom(...SECTION_KINDS), paragraphs: list(textArbitrary) })),
          },
          { requiredKeys: ['sections'] },
        ),
      ),
    },
    { requiredKeys: ['title'] },
  )
  .map((film) => film as Film)
