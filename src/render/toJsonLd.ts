import type { AggregateRating, Country, Movie, PerformanceRole, Person, Place, Review as SchemaReview, WithContext } from 'schema-dts'
import type { Message } from '../message.js'
import type { Film } from '../schemas/index.js'
import { _EXTRA_FACTS, _jsonLdExtra } from './_jsonLdExtras.js'
import { _jsonLdPerson, _sameAs } from './_jsonLdPerson.js'
import { _jsonLdReview } from './_jsonLdReview.js'
import { _isoDuration } from './_isoDuration.js'
import { _checkFilm, _checkOptions, _show } from './_options.js'
import { _pickRuntime } from './_pickRuntime.js'
import { _releaseDate } from './_releaseDate.js'

/** Facts that schema.org has no Movie property for, which `options.extras` can publish. */
export type JsonLdExtraFact = 'taglines' | 'trivia' | 'goofs' | 'budget' | 'grosses'

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /**
   * The address of the page the markup goes on. Gives the movie its `url` and stable `@id`s
   * (`URL#movie`, `URL#review-1`, ...). Default: none, so no `url` and no `@id`s.
   */
  baseUrl?: string
  /** Poster or still addresses for `image`, which Google requires. Default: none (a warning says so). */
  image?: string | readonly string[]
  /**
   * The top item: `"movie"`, or `"review"` for a film holding exactly one review, which then names
   * the movie in `itemReviewed`. Default: `"movie"`.
   */
  root?: 'movie' | 'review'
  /** Review authors that are organizations, such as a magazine. Default: none, every author is a Person. */
  organizations?: readonly string[]
  /**
   * Facts schema.org has no property for (`"taglines"`, `"trivia"`, `"goofs"`, `"budget"`,
   * `"grosses"`), published under keys of your own vocabulary: `vocabulary + fact`. Default: none,
   * they stay out.
   */
  extras?: { vocabulary: string; facts: readonly JsonLdExtraFact[] }
  /** Receives a message for each thing Google requires or schema.org cannot hold. Default: none. */
  onMessage?: (message: Message) => void
}

const OPTIONS = ['baseUrl', 'image', 'root', 'organizations', 'extras', 'onMessage'] as const
const VERB = 'render JSON-LD'

/**
 * Maps a film to schema.org `Movie` JSON-LD, following Google's rules for Movie and Review rich
 * results. What Google requires but the record lacks is reported through `options.onMessage`,
 * never invented. The same film and options always give the same output, key for key.
 *
 * @param film The film.
 * @param options Base URL, images, the top item, extra facts and a message sink.
 * @returns The JSON-LD object, with `"@context": "https://schema.org"`.
 */
export function toJsonLd(film: Film, options: JsonLdOptions & { root: 'review' }): WithContext<SchemaReview>
export function toJsonLd(film: Film, options?: JsonLdOptions & { root?: 'movie' }): WithContext<Movie>
export function toJsonLd(film: Film, options?: JsonLdOptions): WithContext<Movie> | WithContext<SchemaReview>
export function toJsonLd(film: Film, options?: JsonLdOptions): WithContext<Movie> | WithContext<SchemaReview> {
  _checkFilm(film, VERB)
  const { baseUrl, image, root, organizations, extras, onMessage } = checkJsonLdOptions(options)
  const report = onMessage ?? (() => {})
  const reviews = film.reviews ?? []
  if (root === 'review' && reviews.length !== 1) {
    throw new TypeError(
      `Cannot ${VERB} with \`review\` for \`options.root\`, expected a film with exactly one review (it has ${reviews.length}).`,
    )
  }

  // Facts schema.org has a Movie property for, in a fixed order.
  const images = typeof image === 'string' ? [image] : [...(image ?? [])]
  if (images.length === 0) {
    report({
      severity: 'warning',
      rule: 'jsonld-missing-image',
      message: 'The movie has no image, which Google requires for a movie rich result.',
    })
  }
  const description = film.logline ?? film.synopsis
  const dateCreated = _releaseDate(film)
  const runtime = _pickRuntime(film)
  const actors = actorsOf(film)
  const sameAs = _sameAs(film.ids)
  const rating = aggregateRating(film, report)
  const awards = (film.awards ?? [])
    .filter((award) => award.result !== 'nominated')
    .map((award) => `${award.name}${award.category ? ` for ${award.category}` : ''}${award.year ? ` (${award.year})` : ''}`)
  const reviewed = reviews.map((review, index) =>
    _jsonLdReview(review, {
      id: baseUrl === undefined ? undefined : `${baseUrl}#review-${index + 1}`,
      organizations,
      path: `reviews.${index}`,
      report,
    }),
  )
  const movie: Movie = {
    '@type': 'Movie',
    ...(baseUrl === undefined ? {} : { '@id': `${baseUrl}#movie` }),
    ...(baseUrl === undefined || root === 'review' ? {} : { url: baseUrl }),
    name: film.title,
    ...(film.originalTitle ? { alternateName: film.originalTitle } : {}),
    ...(images.length === 0 ? {} : { image: images.length === 1 ? images[0] : images }),
    ...(description ? { description } : {}),
    ...(film.genres ? { genre: film.genres } : {}),
    ...(dateCreated ? { dateCreated } : {}),
    ...(runtime ? { duration: _isoDuration(runtime.minutes) } : {}),
    ...(film.languages ? { inLanguage: film.languages } : {}),
    ...(film.countries ? { countryOfOrigin: film.countries.map((name): Country => ({ '@type': 'Country', name })) } : {}),
    ...(film.filmingLocations
      ? { locationCreated: film.filmingLocations.map((name): Place => ({ '@type': 'Place', name })) }
      : {}),
    ...(film.directors ? { director: film.directors.map(_jsonLdPerson) } : {}),
    ...(actors.length > 0 ? { actor: actors } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(rating ? { aggregateRating: rating } : {}),
    ...(awards.length > 0 ? { award: awards } : {}),
    ...(root === 'movie' && reviewed.length > 0 ? { review: reviewed } : {}),
  }
  const extended = movie as unknown as Record<string, unknown>

  // Facts without a schema.org property: out, unless asked for under the caller's vocabulary.
  for (const fact of _EXTRA_FACTS) {
    const value = _jsonLdExtra(film, fact)
    if (value === undefined) continue
    if (extras?.facts.includes(fact)) extended[`${extras.vocabulary}${fact}`] = value
    else {
      report({
        severity: 'info',
        rule: 'jsonld-left-out',
        message: `schema.org has no Movie property for ${fact}, so they are left out.`,
        path: fact,
      })
    }
  }

  if (root === 'review') {
    const { '@type': type, ...rest } = reviewed[0] as Exclude<SchemaReview, string> & { '@type': 'Review' }
    const review: WithContext<SchemaReview> = {
      '@context': 'https://schema.org',
      '@type': type,
      ...(baseUrl === undefined ? {} : { url: baseUrl }),
      ...rest,
      itemReviewed: movie,
    }
    return review
  }
  const result: WithContext<Movie> = { '@context': 'https://schema.org', ...(movie as Exclude<Movie, string>) }
  return result
}

function actorsOf(film: Film): (Person | PerformanceRole<Person, 'actor'>)[] {
  // Note: stars carry database ids; the cast list carries characters. Join them by name.
  const ids = new Map((film.stars ?? []).map((star) => [star.name, star.ids]))
  if (!film.cast) return (film.stars ?? []).map(_jsonLdPerson)
  return film.cast.map((credit) => {
    const starIds = ids.get(credit.name)
    const person = _jsonLdPerson(starIds ? { name: credit.name, ids: starIds } : { name: credit.name })
    if (credit.character === undefined) return person
    return { '@type': 'PerformanceRole', actor: person, characterName: credit.character }
  })
}

function aggregateRating(film: Film, report: (message: Message) => void): AggregateRating | undefined {
  const [first, ...others] = film.ratings ?? []
  if (!first) return undefined
  if (others.length > 0) {
    report({
      severity: 'info',
      rule: 'jsonld-extra-ratings',
      message: `Google reads one aggregate rating per item, so only the first (${first.source ?? 'unnamed'}) is published.`,
      path: 'ratings',
    })
  }
  if (first.count === undefined) {
    report({
      severity: 'warning',
      rule: 'jsonld-missing-rating-count',
      message: 'The aggregate rating has no vote count, which Google requires for a review snippet.',
      path: 'ratings.0.count',
    })
  }
  return {
    '@type': 'AggregateRating',
    ratingValue: first.value,
    bestRating: first.best,
    worstRating: first.worst,
    ...(first.count === undefined ? {} : { ratingCount: first.count }),
  }
}

function checkJsonLdOptions(options: JsonLdOptions | undefined) {
  const raw = _checkOptions(options, VERB, OPTIONS) as JsonLdOptions
  const { baseUrl, image, root = 'movie', organizations = [], extras, onMessage } = raw
  if (baseUrl !== undefined && !isAbsoluteUrl(baseUrl)) {
    throw new TypeError(`Cannot ${VERB} with \`${_show(baseUrl)}\` for \`options.baseUrl\`, expected an absolute URL.`)
  }
  const images = typeof image === 'string' ? [image] : image
  if (images !== undefined && (!Array.isArray(images) || !images.every(isAbsoluteUrl))) {
    throw new TypeError(`Cannot ${VERB} with \`${_show(image)}\` for \`options.image\`, expected absolute URLs.`)
  }
  if (root !== 'movie' && root !== 'review') {
    throw new TypeError(`Cannot ${VERB} with \`${_show(root)}\` for \`options.root\`, expected "movie" or "review".`)
  }
  if (!Array.isArray(organizations) || !organizations.every((name) => typeof name === 'string')) {
    throw new TypeError(`Cannot ${VERB} with \`${_show(organizations)}\` for \`options.organizations\`, expected names.`)
  }
  if (
    extras !== undefined &&
    (typeof extras !== 'object' ||
      !isAbsoluteUrl(extras.vocabulary) ||
      !/[/#]$/.test(extras.vocabulary) ||
      !Array.isArray(extras.facts) ||
      !extras.facts.every((fact) => _EXTRA_FACTS.includes(fact)))
  ) {
    throw new TypeError(
      `Cannot ${VERB} with \`${_show(extras)}\` for \`options.extras\`, expected { vocabulary: an absolute URL ending in "/" or "#", facts: some of ${_EXTRA_FACTS.join(', ')} }.`,
    )
  }
  if (onMessage !== undefined && typeof onMessage !== 'function') {
    throw new TypeError(`Cannot ${VERB} with \`${_show(onMessage)}\` for \`options.onMessage\`, expected a function.`)
  }
  return { baseUrl, image: images, root, organizations, extras, onMessage }
}

function isAbsoluteUrl(value: unknown): value is string {
  return typeof value === 'string' && URL.canParse(value) && /^https?:\/\//i.test(value)
}
