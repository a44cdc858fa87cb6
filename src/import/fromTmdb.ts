import type { Film } from '../schemas/film.js'
import type { Person } from '../schemas/person.js'
import type { ParseResult } from '../message.js'
import { _number } from './_clean.js'
import { _finish, type _Draft, type _Imported } from './_finish.js'
import { _imdbTitleId, _wikidataId } from './_ids.js'
import { _isNode, _list } from './_jsonLdNodes.js'
import { _field } from './_jsonFields.js'
import { _note, type _Note } from './_note.js'
import { _checkAmount } from './_plausible.js'
import { _placeNotes } from './_placeNotes.js'
import { _plot } from './_plot.js'
import { _tmdbReleases, _tmdbReviews } from './_tmdbExtras.js'

/** TMDB movie fields reelmark reads. */
const READ = new Set([
  'id', 'imdb_id', 'title', 'original_title', 'release_date', 'runtime', 'genres', 'overview',
  'tagline', 'production_countries', 'spoken_languages', 'budget', 'revenue', 'vote_average',
  'vote_count', 'credits', 'release_dates', 'releases', 'reviews', 'external_ids',
])

/** TMDB movie fields and appended blocks with no place in a film record. */
const KNOWN = new Set([
  'adult', 'backdrop_path', 'belongs_to_collection', 'homepage', 'origin_country', 'original_language',
  'popularity', 'poster_path', 'production_companies', 'status', 'video', 'alternative_titles',
  'changes', 'images', 'keywords', 'lists', 'similar_movies', 'similar', 'recommendations',
  'trailers', 'videos', 'translations', 'watch/providers',
])

/** Crew jobs that make someone a writer. */
const WRITING = /^(?:screenplay|writer|story|author|novel|original story|screenstory|scenario|dialogue|writing)$/i

/**
 * Reads a TMDB `/movie/{id}` response (with `credits` and other appended blocks when present)
 * into a film. A `budget` or `revenue` of `0` means unknown and is left out.
 *
 * @param input The parsed response.
 * @returns The film with messages pointing into the record (`path`).
 */
export function fromTmdb(input: unknown): ParseResult<Film> {
  const { value, notes } = _importTmdb(input)
  return { value, messages: _placeNotes(notes) }
}

/**
 * Reads a TMDB movie, keeping where in the input each message points.
 *
 * @param input The parsed response.
 * @returns The film and its notes.
 */
export function _importTmdb(input: unknown): _Imported {
  const notes: _Note[] = []
  if (!_isNode(input)) {
    _note(notes, 'error', 'no-film', 'The TMDB response is not a JSON object.', [])
    return { value: undefined, notes }
  }
  if (input.success === false) {
    _note(notes, 'error', 'no-film', `TMDB found no film: ${_field(input.status_message) ?? 'no reason given'}.`, [])
    return { value: undefined, notes }
  }
  const draft: _Draft = {}
  const text = (key: string) => _field(input[key])
  const names = (key: string, name = 'name') =>
    _list(input[key]).flatMap((item) => (_isNode(item) && _field(item[name]) ? [_field(item[name])!] : []))

  // Step: titles, ids and dates.
  draft.title = text('title')
  const original = text('original_title')
  if (original && original !== draft.title) draft.originalTitle = original
  const ids: Film['ids'] = {}
  const tmdb = _number(input.id)
  if (tmdb !== undefined && Number.isInteger(tmdb) && tmdb >= 1) ids.tmdb = tmdb
  const imdb = text('imdb_id')
  if (imdb && _imdbTitleId(imdb) === imdb) ids.imdb = imdb
  else if (imdb) _note(notes, 'warning', 'invalid-value', `Left out the imdb_id "${imdb}".`, ['imdb_id'], 'ids.imdb')
  const external = _isNode(input.external_ids) ? input.external_ids : {}
  const wikidata = _field(external.wikidata_id)
  if (wikidata && _wikidataId(wikidata)) ids.wikidata = wikidata
  const externalImdb = _field(external.imdb_id)
  if (externalImdb && ids.imdb && externalImdb !== ids.imdb) {
    _note(notes, 'warning', 'conflict', `external_ids gives the IMDb id ${externalImdb}, but imdb_id is ${ids.imdb}; imdb_id is kept.`, ['external_ids', 'imdb_id'], 'ids.imdb')
  }
  draft.ids = ids
  const released = text('release_date')
  if (released && /^\d{4}-\d{2}-\d{2}$/.test(released)) {
    draft.year = Number(released.slice(0, 4))
    const regional = _tmdbReleases(input)
    draft.releaseDates = regional.length > 0 ? regional : [{ date: released }]
  } else if (released) {
    _note(notes, 'warning', 'invalid-value', `Left out the release_date "${released}".`, ['release_date'], 'releaseDates')
  }
  const runtime = _number(input.runtime)
  if (runtime !== undefined && runtime >= 1) draft.runtimes = [{ minutes: Math.round(runtime) }]

  // Step: texts and lists.
  const overview = text('overview')
  if (overview) _plot(draft, overview, ['overview'], 'overview', notes)
  const tagline = text('tagline')
  if (tagline) draft.taglines = [tagline]
  draft.genres = names('genres')
  draft.countries = names('production_countries')
  draft.languages = _list(input.spoken_languages).flatMap((item) => {
    if (!_isNode(item) || item.iso_639_1 === 'xx') return []
    const name = _field(item.english_name) ?? _field(item.name)
    return name ? [name] : []
  })

  // Step: credits.
  const credits = _isNode(input.credits) ? input.credits : {}
  const cast = _list(credits.cast).filter(_isNode)
  cast.sort((a, b) => (_number(a.order) ?? Infinity) - (_number(b.order) ?? Infinity))
  draft.cast = cast.flatMap((item) => {
    const name = _field(item.name)
    const character = _field(item.character)
    return name ? [{ name, ...(character && { character }) }] : []
  })
  const crew = _list(credits.crew).filter(_isNode)
  draft.directors = _crew(crew, (job) => job === 'Director')
  draft.writers = _crew(crew, (job, department) => department === 'Writing' || WRITING.test(job))

  // Step: money; 0 is TMDB's way of saying it does not know.
  for (const [key, what] of [['budget', 'budget'], ['revenue', 'revenue']] as const) {
    const amount = _number(input[key])
    if (amount === undefined) continue
    if (amount === 0) {
      _note(notes, 'info', 'unknown-value', `The ${key} is 0, which TMDB uses for unknown; it is left out.`, [key], key === 'budget' ? 'budget' : 'grosses')
      continue
    }
    if (amount < 0) {
      _note(notes, 'warning', 'invalid-value', `Left out the ${key} ${amount}: an amount cannot be negative.`, [key])
      continue
    }
    // Note: TMDB states budgets and revenues in US dollars; revenue is the worldwide gross.
    const money = { amount: Math.round(amount), currency: 'USD' }
    if (key === 'budget') draft.budget = money
    else draft.grosses = [{ ...money, scope: 'worldwide' }]
    _checkAmount(money, what, [key], key === 'budget' ? 'budget' : 'grosses', notes)
  }

  // Step: the vote, on TMDB's scale of 0 to 10.
  const average = _number(input.vote_average)
  const count = _number(input.vote_count)
  if (average !== undefined && count !== undefined && count >= 1 && average >= 0 && average <= 10) {
    draft.ratings = [{ value: average, best: 10, worst: 0, count: Math.round(count), source: 'TMDB' }]
  } else if (average !== undefined && (average < 0 || average > 10)) {
    _note(notes, 'warning', 'implausible-value', `Left out the vote_average ${average}: TMDB votes run from 0 to 10.`, ['vote_average'], 'ratings')
  }
  draft.reviews = _tmdbReviews(input)

  // Step: say what was not read.
  const ignored = Object.keys(input).filter((key) => KNOWN.has(key))
  if (ignored.length > 0) {
    _note(notes, 'info', 'ignored-field', `Left out ${ignored.join(', ')}: a film record has no place for ${ignored.length > 1 ? 'them' : 'it'}.`, [])
  }
  for (const key of Object.keys(input)) {
    if (!READ.has(key) && !KNOWN.has(key)) _note(notes, 'warning', 'unknown-field', `Left out ${key}: it is not a TMDB movie field.`, [key])
  }
  return _finish(draft, notes)
}

function _crew(crew: Record<string, unknown>[], take: (job: string, department: string) => boolean): Person[] {
  const seen = new Set<string>()
  return crew.flatMap((item) => {
    const name = _field(item.name)
    const job = _field(item.job) ?? ''
    const department = _field(item.department) ?? ''
    if (!name || !take(job, department) || seen.has(name)) return []
    seen.add(name)
    return [{ name }]
  })
}
