import type { AggregateRating } from '../schemas/aggregateRating.js'
import type { Film } from '../schemas/film.js'
import type { ParseResult } from '../message.js'
import { _findMoney } from '../parse/_money.js'
import { _parseDate } from '../parse/_dates.js'
import { _number } from './_clean.js'
import { _finish, type _Draft, type _Imported } from './_finish.js'
import { _imdbTitleId } from './_ids.js'
import { _isNode } from './_jsonLdNodes.js'
import { _field, _runtimeMinutes, _splitList } from './_jsonFields.js'
import { _note, type _Note } from './_note.js'
import { _checkAmount } from './_plausible.js'
import { _placeNotes } from './_placeNotes.js'
import { _plot } from './_plot.js'

/** OMDb fields reelmark reads. */
const READ = new Set([
  'Title', 'Year', 'Released', 'Runtime', 'Genre', 'Director', 'Writer', 'Actors', 'Plot',
  'Language', 'Country', 'Ratings', 'Metascore', 'imdbRating', 'imdbVotes', 'imdbID', 'BoxOffice',
  'Response', 'Error', 'Type',
])

/** OMDb fields with no place in a film record. */
const KNOWN = new Set(['Rated', 'Awards', 'Poster', 'DVD', 'Production', 'Website', 'totalSeasons', 'Season', 'Episode', 'seriesID'])

/** How OMDb names rating sources, and the scale each uses. */
const SOURCES: Record<string, { source: string; best: number; worst: number }> = {
  'Internet Movie Database': { source: 'IMDb', best: 10, worst: 1 },
  'Rotten Tomatoes': { source: 'Rotten Tomatoes', best: 100, worst: 0 },
  Metacritic: { source: 'Metacritic', best: 100, worst: 0 },
}

/**
 * Reads an OMDb API response (`?i=` or `?t=`) into a film: `"N/A"` is missing, lists are
 * comma-joined, and each entry of `Ratings` becomes a rating on its own scale.
 *
 * @param input The parsed response.
 * @returns The film with messages pointing into the record (`path`).
 */
export function fromOmdb(input: unknown): ParseResult<Film> {
  const { value, notes } = _importOmdb(input)
  return { value, messages: _placeNotes(notes) }
}

/**
 * Reads an OMDb API response, keeping where in the input each message points.
 *
 * @param input The parsed response.
 * @returns The film and its notes.
 */
export function _importOmdb(input: unknown): _Imported {
  const notes: _Note[] = []
  if (!_isNode(input)) {
    _note(notes, 'error', 'no-film', 'The OMDb response is not a JSON object.', [])
    return { value: undefined, notes }
  }
  if (input.Response === 'False') {
    _note(notes, 'error', 'no-film', `OMDb found no film: ${_field(input.Error) ?? 'no reason given'}.`, ['Error'])
    return { value: undefined, notes }
  }
  const draft: _Draft = {}
  const text = (key: string) => _field(input[key])
  const list = (key: string) => _splitList(text(key) ?? '')

  // Step: title, year, ids and dates.
  draft.title = text('Title')
  const year = text('Year')
  if (year !== undefined) {
    if (/^\d{4}/.test(year)) draft.year = Number(year.slice(0, 4))
    else _note(notes, 'warning', 'invalid-value', `Left out the Year "${year}": expected a year such as 1985.`, ['Year'], 'year')
  }
  const imdb = text('imdbID')
  if (imdb !== undefined) {
    const id = _imdbTitleId(imdb)
    if (id === imdb) draft.ids = { imdb: id }
    else _note(notes, 'warning', 'invalid-value', `Left out the imdbID "${imdb}": expected an id such as "tt0089560".`, ['imdbID'], 'ids.imdb')
  }
  const released = text('Released')
  if (released !== undefined) {
    const date = _parseDate(released)
    if (date) draft.releaseDates = [{ date }]
    else _note(notes, 'warning', 'invalid-value', `Left out the Released date "${released}".`, ['Released'], 'releaseDates')
  }
  const runtime = text('Runtime')
  if (runtime !== undefined) {
    const minutes = _runtimeMinutes(runtime)
    if (minutes) draft.runtimes = [{ minutes }]
    else _note(notes, 'warning', 'invalid-value', `Left out the Runtime "${runtime}": expected minutes such as "142 min".`, ['Runtime'], 'runtimes')
  }

  // Step: lists and people; writers lose their role notes, "Lloyd Kaufman (story)".
  draft.genres = list('Genre')
  draft.languages = list('Language')
  draft.countries = list('Country')
  draft.directors = list('Director').map((name) => ({ name }))
  draft.stars = list('Actors').map((name) => ({ name }))
  const writers = list('Writer').map((name) => name.replace(/(?<![\s(])\s*\([^()]*\)$/, '')).filter(Boolean)
  draft.writers = [...new Set(writers)].map((name) => ({ name }))

  // Step: the plot, flagged when OMDb cut it off.
  const plot = text('Plot')
  if (plot !== undefined) _plot(draft, plot, ['Plot'], 'Plot', notes)

  // Step: money.
  const boxOffice = text('BoxOffice')
  if (boxOffice !== undefined) {
    const found = _findMoney(boxOffice)
    if (found) {
      // Note: OMDb's BoxOffice is the domestic (US and Canada) gross it takes from Box Office Mojo.
      draft.grosses = [{ ...found.money, region: 'US', scope: 'domestic' }]
      _checkAmount(found.money, 'box office', ['BoxOffice'], 'grosses', notes)
    } else _note(notes, 'warning', 'invalid-value', `Left out the BoxOffice "${boxOffice}": expected an amount such as "$28,341,469".`, ['BoxOffice'], 'grosses')
  }

  draft.ratings = _ratings(input, notes)

  // Step: say what was not read.
  const type = text('Type')
  if (type !== undefined && type !== 'movie') {
    _note(notes, 'warning', 'not-a-film', `The OMDb Type is "${type}", not "movie"; it is read as a film all the same.`, ['Type'])
  }
  const ignored = Object.keys(input).filter((key) => KNOWN.has(key) && text(key) !== undefined)
  if (ignored.length > 0) {
    _note(notes, 'info', 'ignored-field', `Left out ${ignored.join(', ')}: a film record has no place for ${ignored.length > 1 ? 'them' : 'it'}.`, [])
  }
  for (const key of Object.keys(input)) {
    if (!READ.has(key) && !KNOWN.has(key)) _note(notes, 'warning', 'unknown-field', `Left out ${key}: it is not an OMDb field.`, [key])
  }
  return _finish(draft, notes)
}

function _ratings(input: Record<string, unknown>, notes: _Note[]): AggregateRating[] {
  const ratings: AggregateRating[] = []
  const listed = Array.isArray(input.Ratings) ? input.Ratings : []
  listed.forEach((entry, index) => {
    const source = _isNode(entry) ? _field(entry.Source) : undefined
    const value = _isNode(entry) ? _field(entry.Value) : undefined
    if (!source || !value) return
    const rating = _rating(source, value)
    if (rating) ratings.push(rating)
    else _note(notes, 'warning', 'invalid-value', `Left out the ${source} rating "${value}": it is not a score on a scale.`, ['Ratings', index], 'ratings')
  })

  // Note: imdbRating and Metascore repeat two of Ratings; older responses have them alone.
  const imdbRating = _field(input.imdbRating)
  const votes = _field(input.imdbVotes)
  let imdb = ratings.find((rating) => rating.source === 'IMDb')
  if (imdbRating !== undefined) {
    const value = _number(imdbRating)
    if (value === undefined || value < 1 || value > 10) {
      _note(notes, 'warning', 'invalid-value', `Left out the imdbRating "${imdbRating}": expected a score from 1 to 10.`, ['imdbRating'], 'ratings')
    } else if (!imdb) {
      imdb = { value, best: 10, worst: 1, source: 'IMDb' }
      ratings.unshift(imdb)
    } else if (imdb.value !== value) {
      _note(notes, 'warning', 'conflict', `The imdbRating ${value} differs from the IMDb entry of Ratings, ${imdb.value}; the latter is kept.`, ['imdbRating'], 'ratings')
    }
  }
  if (votes !== undefined) {
    const count = _number(votes)
    if (imdb && count !== undefined && Number.isInteger(count) && count >= 1) imdb.count = count
    else if (imdb) _note(notes, 'warning', 'invalid-value', `Left out the imdbVotes "${votes}": expected a count such as "1,234,567".`, ['imdbVotes'], 'ratings')
  }
  const metascore = _field(input.Metascore)
  if (metascore !== undefined && !ratings.some((rating) => rating.source === 'Metacritic')) {
    const rating = _rating('Metacritic', `${metascore}/100`)
    if (rating) ratings.push(rating)
    else _note(notes, 'warning', 'invalid-value', `Left out the Metascore "${metascore}".`, ['Metascore'], 'ratings')
  }
  return ratings
}

function _rating(name: string, text: string): AggregateRating | undefined {
  const known = SOURCES[name]
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text)
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(text)
  let rating: AggregateRating | undefined
  if (percent) rating = { value: Number(percent[1]), best: 100, worst: 0 }
  else if (fraction) rating = { value: Number(fraction[1]), best: Number(fraction[2]), worst: known?.worst ?? 0 }
  if (!rating || rating.value > rating.best || rating.value < rating.worst) return undefined
  return { ...rating, source: known?.source ?? name }
}
