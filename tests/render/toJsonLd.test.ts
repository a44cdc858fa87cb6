import type { Movie, Review, WithContext } from 'schema-dts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { safeParseFilm, toJsonLd, type Film, type Message } from '../../src/index.js'
import { expectGolden, FIXTURES, readFilm } from './_fixtures.js'

const BASE = 'https://films.example/mask'

function render(film: Film, options: Parameters<typeof toJsonLd>[1] = {}) {
  const messages: Message[] = []
  const value = toJsonLd(film, { ...options, onMessage: (message) => messages.push(message) }) as Record<string, any>
  return { value, messages, rules: messages.map((message) => `${message.rule} ${message.path ?? ''}`.trim()) }
}

/** What Google Search Central lists as required for a Movie rich result and review snippets. */
function googleProblems(node: Record<string, any>): string[] {
  const problems: string[] = []
  if (!node.name) problems.push('Movie.name')
  if (!node.image) problems.push('Movie.image')
  const rating = node.aggregateRating
  if (rating && (rating.ratingValue === undefined || (rating.ratingCount ?? rating.reviewCount) === undefined)) {
    problems.push('AggregateRating.ratingCount')
  }
  for (const review of node.review ?? []) {
    if (!review.author?.name || !['Person', 'Organization'].includes(review.author['@type'])) problems.push('Review.author')
    if (review.author?.name?.length >= 100) problems.push('Review.author.name')
    if (review.reviewRating?.ratingValue === undefined) problems.push('Review.reviewRating')
  }
  return problems
}

describe('toJsonLd', () => {
  it('renders every fixture film as its golden JSON-LD', () => {
    for (const name of FIXTURES) {
      const film = readFilm(name)
      expect(safeParseFilm(film).issues, name).toEqual([])
      const { value } = render(film, { baseUrl: BASE, image: `${BASE}/poster.jpg` })
      expectGolden(`${name}.jsonld.json`, `${JSON.stringify(value, null, 2)}\n`)
    }
  })

  it('is typed as a schema-dts Movie with the schema.org context', () => {
    const value = toJsonLd({ title: 'Mask' })
    expectTypeOf(value).toEqualTypeOf<WithContext<Movie>>()
    expectTypeOf(() => toJsonLd({ title: 'Mask' }, { root: 'review' })).returns.toEqualTypeOf<WithContext<Review>>()
    expect(value).toEqual({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Mask' })
  })

  it('maps the facts of a film to the Movie properties of schema.org', () => {
    const { value } = render(readFilm('rich'))
    expect(value).toMatchObject({
      name: 'Mask',
      alternateName: 'Mask (1985)',
      dateCreated: '1985-03-08',
      duration: 'PT2H',
      genre: ['Biography', 'Drama'],
      inLanguage: ['English'],
      countryOfOrigin: [{ '@type': 'Country', name: 'United States' }],
      locationCreated: [{ '@type': 'Place', name: 'Azusa, California, USA' }],
      director: [{ '@type': 'Person', name: 'Peter Bogdanovich', sameAs: ['https://www.imdb.com/name/nm0000953/'] }],
      sameAs: [
        'https://www.imdb.com/title/tt0089560/',
        'https://www.wikidata.org/wiki/Q1424374',
        'https://www.themoviedb.org/movie/9626',
      ],
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 7.2, bestRating: 10, worstRating: 1, ratingCount: 41000 },
      award: ['Academy Award for Best Makeup (1986)'],
    })
  })

  it('writes running times as ISO 8601 durations', () => {
    const duration = (minutes: number) => render({ title: 'X', runtimes: [{ minutes }] }).value.duration
    expect([duration(100), duration(120), duration(45), duration(61)]).toEqual(['PT1H40M', 'PT2H', 'PT45M', 'PT1H1M'])
  })

  it('falls back to the year for dateCreated when no release date is known', () => {
    expect(render({ title: 'X', year: 1985 }).value.dateCreated).toBe('1985')
  })

  it('casts actors as PerformanceRole with characterName, and as plain Person without a character', () => {
    const { value } = render(readFilm('rich'))
    expect(value.actor[0]).toEqual({
      '@type': 'PerformanceRole',
      actor: { '@type': 'Person', name: 'Cher', sameAs: ['https://www.imdb.com/name/nm0000333/'] },
      characterName: "Florence 'Rusty' Dennis",
    })
    expect(value.actor.at(-1)).toEqual({ '@type': 'Person', name: 'Harry Carey Jr.' })
    expect(render({ title: 'X', stars: [{ name: 'Cher' }] }).value.actor).toEqual([{ '@type': 'Person', name: 'Cher' }])
  })

  it('maps reviews with author, rating scale, date and body', () => {
    const { value } = render(readFilm('rich'), { organizations: ['The Weekly Frame'] })
    expect(value.review).toEqual([
      {
        '@type': 'Review',
        name: 'Warm and unsentimental',
        author: { '@type': 'Person', name: 'Dana Reel' },
        datePublished: '1985-03-15',
        reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
        reviewBody:
          'A family drama that never asks for pity.\n\nIt earns every tear it gets.\n\nCher and Eric Stoltz play off each other with ease.\n\nSee it.',
      },
      {
        '@type': 'Review',
        author: { '@type': 'Organization', name: 'The Weekly Frame' },
        reviewRating: { '@type': 'Rating', ratingValue: 3 },
        reviewBody: 'Good, not great.',
      },
    ])
  })

  it('reports what Google requires but the record lacks, and invents none of it', () => {
    const film: Film = {
      title: 'X',
      ratings: [{ value: 7, best: 10, worst: 1 }],
      reviews: [{ sections: [{ kind: 'verdict', paragraphs: ['Fine.'] }] }],
    }
    const { value, messages, rules } = render(film)
    expect(rules).toEqual([
      'jsonld-missing-image',
      'jsonld-missing-rating-count ratings.0.count',
      'jsonld-missing-review-author reviews.0.author',
      'jsonld-missing-review-rating reviews.0.rating',
    ])
    expect(messages.every((message) => message.severity === 'warning')).toBe(true)
    expect(value).not.toHaveProperty('image')
    expect(value.aggregateRating).not.toHaveProperty('ratingCount')
    expect(value.review[0]).not.toHaveProperty('author')
    expect(value.review[0]).not.toHaveProperty('reviewRating')
    expect(googleProblems(value)).toEqual([
      'Movie.image',
      'AggregateRating.ratingCount',
      'Review.author',
      'Review.reviewRating',
    ])
  })

  it('meets Google’s required properties with no warning when the record has them', () => {
    const { value, messages } = render(readFilm('rich'), { image: `${BASE}/poster.jpg` })
    expect(googleProblems(value)).toEqual([])
    expect(messages.filter((message) => message.severity !== 'info')).toEqual([])
    expect(value.image).toBe(`${BASE}/poster.jpg`)
  })

  it('notes a review rating without a stated scale, which Google reads as 1 to 5', () => {
    const { rules } = render(readFilm('rich'), { image: `${BASE}/p.jpg` })
    expect(rules).toContain('jsonld-assumed-rating-scale reviews.1.rating')
    expect(rules).toContain('jsonld-extra-ratings ratings')
  })

  it('leaves out taglines, trivia, goofs, budget and grosses, saying so', () => {
    const { value, rules } = render(readFilm('rich'))
    expect(JSON.stringify(value)).not.toMatch(/true story|motorcycle|Azusa, close|7500000|42400000/)
    expect(rules.filter((rule) => rule.startsWith('jsonld-left-out'))).toEqual([
      'jsonld-left-out taglines',
      'jsonld-left-out trivia',
      'jsonld-left-out goofs',
      'jsonld-left-out budget',
      'jsonld-left-out grosses',
    ])
  })

  it('publishes those facts under the caller’s own vocabulary when asked', () => {
    const vocabulary = 'https://films.example/terms#'
    const { value, rules } = render(readFilm('rich'), { extras: { vocabulary, facts: ['taglines', 'budget', 'grosses'] } })
    expect(value[`${vocabulary}taglines`]).toEqual(['A true story about a boy who looked different.'])
    expect(value[`${vocabulary}budget`]).toEqual({ '@type': 'MonetaryAmount', currency: 'USD', value: 7500000 })
    expect(value[`${vocabulary}grosses`]).toEqual([
      { '@type': 'MonetaryAmount', name: 'domestic, US', currency: 'USD', value: 42400000 },
    ])
    expect(Object.keys(value).filter((key) => !key.startsWith('@') && key.includes(':'))).toHaveLength(3)
    expect(rules).toContain('jsonld-left-out trivia')
  })

  it('gives byte-identical output for the same film, whatever the key order of the input', () => {
    const film = readFilm('rich')
    const reversed = JSON.parse(JSON.stringify(film), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as Film
    expect(Object.keys(reversed)[0]).toBe('reviews')
    const once = JSON.stringify(toJsonLd(film, { baseUrl: BASE }))
    expect(JSON.stringify(toJsonLd(film, { baseUrl: BASE }))).toBe(once)
    expect(JSON.stringify(toJsonLd(reversed, { baseUrl: BASE }))).toBe(once)
  })

  it('gives stable @ids under a base URL', () => {
    const { value } = render(readFilm('rich'), { baseUrl: BASE })
    expect(value['@id']).toBe(`${BASE}#movie`)
    expect(value.url).toBe(BASE)
    expect(value.review.map((review: { '@id': string }) => review['@id'])).toEqual([`${BASE}#review-1`, `${BASE}#review-2`])
    expect(render({ title: 'X' }).value).not.toHaveProperty('@id')
  })

  it('makes the review the top item, naming the movie in itemReviewed, with root "review"', () => {
    const film: Film = { ...readFilm('mask'), reviews: [readFilm('rich').reviews![0]!] }
    const { value } = render(film, { root: 'review', baseUrl: BASE })
    expect(value['@context']).toBe('https://schema.org')
    expect(value['@type']).toBe('Review')
    expect(value['@id']).toBe(`${BASE}#review-1`)
    expect(value.itemReviewed).toMatchObject({ '@type': 'Movie', '@id': `${BASE}#movie`, name: 'Mask' })
    expect(value.itemReviewed).not.toHaveProperty('review')
    expect(value.itemReviewed).not.toHaveProperty('@context')
  })

  it('throws on misuse, naming the option', () => {
    expect(() => toJsonLd({ title: 'X' }, { baseUrl: 'films/mask' })).toThrow(
      'Cannot render JSON-LD with `films/mask` for `options.baseUrl`, expected an absolute URL.',
    )
    expect(() => toJsonLd({ title: 'X' }, { colour: 1 } as never)).toThrow('for `options.colour`')
    expect(() => toJsonLd({ title: 'X' }, { root: 'review' })).toThrow('expected a film with exactly one review')
    expect(() => toJsonLd({ title: 'X' }, { extras: { vocabulary: 'https://x.example/', facts: ['plot' as never] } })).toThrow(
      'for `options.extras`',
    )
    expect(() => toJsonLd('Mask' as never)).toThrow('expected a film record with a title')
  })
})
