import type { Award } from '../schemas/award.js'
import type { Film, FilmIds } from '../schemas/film.js'
import type { ParseResult } from '../message.js'
import { _finish, type _Draft, type _Imported } from './_finish.js'
import { _imdbTitleId, _tmdbId, _wikidataId } from './_ids.js'
import { _jsonLdActors, _jsonLdPeople } from './_jsonLdPeople.js'
import { _isoDate, _jsonLdRatings, _jsonLdReviews } from './_jsonLdRatings.js'
import { _deref, _isNode, _list, _nameOf, _nodesById, _textOf, _types, type _Node } from './_jsonLdNodes.js'
import { _note, type _InputPath, type _Note } from './_note.js'
import { _placeNotes } from './_placeNotes.js'
import { _plot } from './_plot.js'
import { _readJson } from './_readJson.js'

/** Movie properties reelmark reads. */
const READ = new Set([
  '@context', '@type', '@id', 'name', 'alternateName', 'url', 'sameAs', 'identifier', 'datePublished',
  'dateCreated', 'description', 'abstract', 'genre', 'duration', 'director', 'author', 'creator',
  'actor', 'actors', 'countryOfOrigin', 'inLanguage', 'aggregateRating', 'review', 'award', 'awards',
  'locationCreated',
])

/** Movie properties that are schema.org's but have no place in a film record. */
const KNOWN = new Set([
  'image', 'contentRating', 'keywords', 'trailer', 'productionCompany', 'musicBy', 'producer',
  'thumbnailUrl', 'thumbnail', 'dateModified', 'publisher', 'isBasedOn', 'subtitleLanguage',
  'titleEIDR', 'video', 'potentialAction', 'mainEntityOfPage', 'headline', 'character', 'editor',
  'contributor', 'copyrightHolder', 'copyrightYear', 'license', 'offers',
  'hasPart', 'isPartOf', 'translator', 'version', 'position', 'about', 'citation', 'comment',
  'commentCount', 'interactionStatistic', 'mentions', 'audience', 'typicalAgeRange', 'encoding',
  'associatedMedia', 'workExample', 'exampleOfWork', 'releasedEvent', 'recordedAt', 'material',
  'accessMode', 'isFamilyFriendly', 'schemaVersion',
])

/**
 * Reads a schema.org Movie from JSON-LD that is already parsed: a Movie node, a document whose
 * `@graph` holds one, or an array of nodes.
 *
 * @param input The parsed JSON-LD.
 * @returns The film with messages pointing into the record (`path`); none carry a line.
 */
export function fromJsonLd(input: unknown): ParseResult<Film> {
  const { value, notes } = _importJsonLd(input)
  return { value, messages: _placeNotes(notes) }
}

/**
 * Reads a schema.org Movie from JSON-LD text, such as the body of a
 * `<script type="application/ld+json">` element.
 *
 * @param text The JSON-LD text.
 * @returns The film with messages carrying the line and column in `text`.
 */
export function fromJsonLdText(text: string): ParseResult<Film> {
  if (typeof text !== 'string') {
    throw new TypeError(`Cannot read JSON-LD with \`${typeof text}\` for \`text\`, expected a string`)
  }
  const read = _readJson(text)
  if (!read.ok) return { value: undefined, messages: [read.message] }
  const { value, notes } = _importJsonLd(read.value)
  return { value, messages: _placeNotes(notes, read.text) }
}

/**
 * Reads a schema.org Movie from parsed JSON-LD, keeping where in the input each message points.
 *
 * @param input The parsed JSON-LD.
 * @returns The film and its notes.
 */
export function _importJsonLd(input: unknown): _Imported {
  const notes: _Note[] = []
  const movies = _findMovies(input)
  const found = movies[0]
  if (!found) {
    _note(notes, 'error', 'no-film', 'The JSON-LD holds no schema.org Movie node.', [])
    return { value: undefined, notes }
  }
  if (movies.length > 1) {
    _note(notes, 'warning', 'several-films', `The JSON-LD holds ${movies.length} Movie nodes; only the first is read.`, movies[1]!.at)
  }
  const nodes = _nodesById(input)
  const { node, at } = found
  const draft: _Draft = {}
  const one = (key: string, path: string) => _one(node, key, at, path, notes)

  // Step: names, ids and dates.
  draft.title = one('name', 'title')
  draft.originalTitle = one('alternateName', 'originalTitle')
  if (draft.originalTitle === draft.title) delete draft.originalTitle
  const ids = _ids(node, at, notes)
  if (ids) draft.ids = ids
  // Note: toJsonLd writes the first release as dateCreated; other sites use datePublished.
  const published = _date(node, 'datePublished', at, notes) ?? _date(node, 'dateCreated', at, notes)
  if (published) {
    draft.year = Number(published.slice(0, 4))
    if (published.length > 4) draft.releaseDates = [{ date: published }]
  }

  // Step: texts, flagging those the source cut off.
  const description = one('description', 'logline')
  if (description) _plot(draft, description, [...at, 'description'], 'description', notes)
  const abstract = one('abstract', 'synopsis')
  if (abstract) _plot(draft, abstract, [...at, 'abstract'], 'abstract', notes)
  draft.genres = _texts(node.genre)
  draft.countries = _list(node.countryOfOrigin).map((item) => _nameOf(_deref(item, nodes))).filter(_isText)
  draft.languages = _list(node.inLanguage).map((item) => _nameOf(_deref(item, nodes))).filter(_isText)
  draft.filmingLocations = _list(node.locationCreated).map((item) => _nameOf(_deref(item, nodes))).filter(_isText)
  draft.awards = [..._texts(node.award), ..._texts(node.awards)].map(_award)

  // Step: running time.
  const duration = _textOf(_list(node.duration)[0])
  if (duration !== undefined) {
    const minutes = _minutes(duration)
    if (minutes) draft.runtimes = [{ minutes }]
    else _note(notes, 'warning', 'invalid-value', `Left out the duration "${duration}": expected ISO 8601 such as "PT2H10M".`, [...at, 'duration'], 'runtimes')
  }

  // Step: people.
  draft.directors = _jsonLdPeople(node.director, [...at, 'director'], 'directors', nodes, notes)
  const writers = [
    ..._jsonLdPeople(node.author, [...at, 'author'], 'writers', nodes, notes),
    ..._jsonLdPeople(node.creator, [...at, 'creator'], 'writers', nodes, notes),
  ]
  draft.writers = writers.filter((person, index) => writers.findIndex((other) => other.name === person.name) === index)
  const actorKey = node.actor === undefined ? 'actors' : 'actor'
  const { cast, stars } = _jsonLdActors(node[actorKey], [...at, actorKey], nodes, notes)
  draft.cast = cast
  draft.stars = stars

  // Step: ratings and reviews.
  const site = ids?.imdb && /imdb\.com|^\/title\//.test(_textOf(node.url) ?? '') ? 'IMDb' : undefined
  draft.ratings = _jsonLdRatings(node.aggregateRating, [...at, 'aggregateRating'], site, nodes, notes)
  draft.reviews = _jsonLdReviews(node.review, [...at, 'review'], nodes, notes)

  // Step: say what was not read.
  const ignored = Object.keys(node).filter((key) => KNOWN.has(key))
  if (ignored.length > 0) {
    _note(notes, 'info', 'ignored-field', `Left out ${ignored.join(', ')}: a film record has no place for ${ignored.length > 1 ? 'them' : 'it'}.`, at)
  }
  for (const key of Object.keys(node)) {
    if (!READ.has(key) && !KNOWN.has(key)) {
      _note(notes, 'warning', 'unknown-field', `Left out ${key}: it is not a schema.org Movie property.`, [...at, key])
    }
  }
  return _finish(draft, notes)
}

function _findMovies(input: unknown): { node: _Node; at: _InputPath }[] {
  const found: { node: _Node; at: _InputPath }[] = []
  const queue: { value: unknown; at: _InputPath }[] = [{ value: input, at: [] }]
  while (queue.length > 0 && found.length < 5) {
    const { value, at } = queue.shift()!
    if (at.length > 12) continue
    if (Array.isArray(value)) value.forEach((item, index) => queue.push({ value: item, at: [...at, index] }))
    else if (_isNode(value)) {
      if (_types(value).includes('Movie')) found.push({ node: value, at })
      else for (const [key, item] of Object.entries(value)) queue.push({ value: item, at: [...at, key] })
    }
  }
  return found
}

function _one(node: _Node, key: string, at: _InputPath, path: string, notes: _Note[]): string | undefined {
  const values = _list(node[key]).map(_textOf).filter(_isText)
  if (new Set(values).size > 1) {
    _note(notes, 'info', 'several-values', `${key} has ${values.length} values; the first, "${values[0]}", is kept.`, [...at, key], path)
  }
  return values[0]
}

function _date(node: _Node, key: string, at: _InputPath, notes: _Note[]): string | undefined {
  const raw = _textOf(_list(node[key])[0])
  if (raw === undefined) return undefined
  const date = _isoDate(raw)
  if (!date) _note(notes, 'warning', 'invalid-value', `Left out ${key} "${raw}": expected an ISO 8601 date.`, [...at, key], 'releaseDates')
  return date
}

/** Reads an award as toJsonLd writes it: "Academy Award for Best Makeup (1986)". */
function _award(text: string): Award {
  const match = /^(.+?)(?: for (.+?))?(?: \((\d{4})\))?$/.exec(text)!
  const award: Award = { name: match[1]! }
  if (match[2]) award.category = match[2]
  if (match[3]) award.year = Number(match[3])
  return award
}

function _ids(node: _Node, at: _InputPath, notes: _Note[]): FilmIds | undefined {
  const ids: FilmIds = {}
  const links: [string, unknown][] = [
    ['url', node.url],
    ['@id', node['@id']],
    ...(_list(node.sameAs).map((link) => ['sameAs', link]) as [string, unknown][]),
    ...(_list(node.identifier).map((id) => ['identifier', _isNode(id) ? id.value : id]) as [string, unknown][]),
  ]
  for (const [key, link] of links) {
    const text = _textOf(link)
    if (!text) continue
    const found: FilmIds = {}
    const imdb = _imdbTitleId(text)
    const wikidata = _wikidataId(text)
    const tmdb = _tmdbId(text)
    if (imdb) found.imdb = imdb
    if (wikidata) found.wikidata = wikidata
    if (tmdb) found.tmdb = tmdb
    for (const [name, id] of Object.entries(found) as [keyof FilmIds, string & number][]) {
      if (ids[name] === undefined) ids[name] = id
      else if (ids[name] !== id) {
        _note(notes, 'warning', 'conflict', `The ${key} gives the ${name} id ${id}, but the film's is ${ids[name]}; the first is kept.`, [...at, key], `ids.${name}`)
      }
    }
  }
  return Object.keys(ids).length > 0 ? ids : undefined
}

function _minutes(duration: string): number | undefined {
  const match = /^P(?:(\d+)D)?T?(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(duration)
  if (!match || duration === 'P' || duration === 'PT') return undefined
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match
  const total = Math.round(Number(days) * 1440 + Number(hours) * 60 + Number(minutes) + Number(seconds) / 60)
  return total >= 1 ? total : undefined
}

function _texts(value: unknown): string[] {
  return _list(value).map(_textOf).filter(_isText)
}

function _isText(value: string | undefined): value is string {
  return value !== undefined
}
