import type { Film, Runtime } from '../schemas/film.js'
import type { ParseResult } from '../message.js'
import { _parseDate } from '../parse/_dates.js'
import { _regionCode } from '../parse/_region.js'
import { _isTruncated, _number } from './_clean.js'
import { _finish, type _Draft, type _Imported } from './_finish.js'
import { _imdbTitleId } from './_ids.js'
import { _isNode, _list } from './_jsonLdNodes.js'
import { _field, _splitList } from './_jsonFields.js'
import { _note, type _Note } from './_note.js'
import { _placeNotes } from './_placeNotes.js'

/** imdbapi fields reelmark reads. */
const READ = new Set([
  'imdbid', 'imdburl', 'title', 'year', 'genres', 'languages', 'country', 'votes', 'rating',
  'runtime', 'directors', 'writers', 'actors', 'plot', 'plot_simple', 'release_date',
  'filming_locations', 'also_known_as',
])

/** imdbapi fields with no place in a film record. */
const KNOWN = new Set(['stv', 'series', 'usascreens', 'ukscreens', 'rated', 'rating_count', 'poster', 'type', 'episodes'])

/**
 * Reads a response of the older imdbapi shape (lowercase keys, `imdbid` and `imdburl`, squashed
 * runtimes such as `"87min,Canada:78min"`) into a film.
 *
 * @param input The parsed response.
 * @returns The film with messages pointing into the record (`path`).
 */
export function fromImdbApi(input: unknown): ParseResult<Film> {
  const { value, notes } = _importImdbApi(input)
  return { value, messages: _placeNotes(notes) }
}

/**
 * Reads an imdbapi response, keeping where in the input each message points.
 *
 * @param input The parsed response.
 * @returns The film and its notes.
 */
export function _importImdbApi(input: unknown): _Imported {
  const notes: _Note[] = []
  if (!_isNode(input)) {
    _note(notes, 'error', 'no-film', 'The imdbapi response is not a JSON object.', [])
    return { value: undefined, notes }
  }
  const draft: _Draft = {}
  const text = (key: string) => _field(input[key])
  const names = (key: string) =>
    Array.isArray(input[key]) ? _list(input[key]).map(_field).filter((name): name is string => !!name) : _splitList(text(key) ?? '')

  draft.title = text('title')
  const year = text('year')
  if (year && /^\d{4}$/.test(year)) draft.year = Number(year)

  // Step: the id, checked against the URL the same response gives.
  const id = text('imdbid')
  const url = text('imdburl')
  const urlId = url ? _imdbTitleId(url) : undefined
  if (id && _imdbTitleId(id) === id) draft.ids = { imdb: id }
  else if (id) _note(notes, 'warning', 'invalid-value', `Left out the imdbid "${id}": expected an id such as "tt0089560".`, ['imdbid'], 'ids.imdb')
  if (id && urlId && urlId !== id) {
    _note(notes, 'warning', 'conflict', `The imdbid ${id} does not match the id in its own imdburl, ${urlId}; the imdbid is kept.`, ['imdburl'], 'ids.imdb')
  } else if (!id && urlId) draft.ids = { imdb: urlId }

  // Step: lists, people and texts.
  draft.genres = names('genres')
  draft.languages = names('languages')
  draft.countries = names('country')
  draft.filmingLocations = Array.isArray(input.filming_locations) ? names('filming_locations') : text('filming_locations') ? [text('filming_locations')!] : []
  draft.directors = names('directors').map((name) => ({ name }))
  draft.writers = names('writers').map((name) => ({ name }))
  draft.stars = names('actors').map((name) => ({ name }))
  const plot = text('plot_simple') ?? text('plot')
  if (plot) {
    draft.logline = plot
    if (_isTruncated(plot)) _note(notes, 'warning', 'truncated-text', 'The plot ends with "...": the source cut it off.', [input.plot_simple ? 'plot_simple' : 'plot'], 'logline')
  }
  const released = text('release_date')
  if (released) {
    // Note: imdbapi writes dates as numbers, 19860411.
    const date = /^(\d{4})(\d{2})(\d{2})$/.test(released) ? _parseDate(released.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3')) : _parseDate(released)
    if (date) draft.releaseDates = [{ date }]
    else _note(notes, 'warning', 'invalid-value', `Left out the release_date "${released}".`, ['release_date'], 'releaseDates')
  }

  // Step: runtimes and the rating.
  const runtime = text('runtime')
  if (runtime) draft.runtimes = _runtimes(runtime, notes)
  const rating = _number(text('rating'))
  const votes = _number(text('votes'))
  if (rating !== undefined && rating >= 1 && rating <= 10) {
    draft.ratings = [{ value: rating, best: 10, worst: 1, source: 'IMDb', ...(votes && Number.isInteger(votes) && votes >= 1 && { count: votes }) }]
  } else if (text('rating')) {
    _note(notes, 'warning', 'invalid-value', `Left out the rating "${text('rating')}": expected a score from 1 to 10.`, ['rating'], 'ratings')
  }

  for (const key of Object.keys(input)) {
    if (!READ.has(key) && !KNOWN.has(key)) _note(notes, 'warning', 'unknown-field', `Left out ${key}: it is not an imdbapi field.`, [key])
  }
  return _finish(draft, notes)
}

/**
 * Reads a squashed runtime list: "87min,Canada:78min,USA:82min(unratedversion:DirectorsCut)".
 */
function _runtimes(text: string, notes: _Note[]): Runtime[] {
  const runtimes: Runtime[] = []
  for (const part of _splitList(text)) {
    const match = /^(?:([^:()]+):)?\s*(\d+)\s*min\s*(?:\((.+)\))?$/i.exec(part)
    if (!match) {
      _note(notes, 'warning', 'invalid-value', `Left out the runtime "${part}": expected minutes such as "87min".`, ['runtime'], 'runtimes')
      continue
    }
    const runtime: Runtime = { minutes: Number(match[2]) }
    const region = match[1] ? _regionCode(match[1]) : undefined
    if (match[1] && !region) _note(notes, 'info', 'unknown-region', `The runtime's region "${match[1]}" is not a known country; it is left out.`, ['runtime'], 'runtimes')
    if (region) runtime.region = region
    // Note: the source squashes the spaces out of its notes; put them back between words.
    const note = match[3]
      ?.replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([a-z])(version|cut|edition|festival)\b/gi, '$1 $2')
      .replace(/:(?=\S)/g, ': ')
    if (note) runtime.note = note
    runtimes.push(runtime)
  }
  return runtimes
}
