import { _countSentences } from './_countSentences.js'
import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import type { _Field } from './_labels.js'
import type { _Line } from './_lines.js'
import { _pushFact, _pushFacts } from './_pushFact.js'
import { _pushParts } from './_pushParts.js'
import { _ratingSource } from './_ratingSource.js'
import { _readNamedScaleRating } from './_readNamedScaleRating.js'
import { _readCastLine, _readGoof, _readQuoteLine } from './_readExtras.js'
import { _reportUnreadValue } from './_reportUnreadValue.js'
import {
  _isName,
  _readBudget,
  _readGrosses,
  _readPeople,
  _readRating,
  _readReleaseDates,
  _readRuntimes,
  _splitList,
} from './_values.js'

/** A label's value, ready to be stored. */
export interface _LabelRead {
  /** The label as written. */
  name: string
  /** The field the label names. */
  field: _Field
  /** What the label adds to its field, as "(USA)" in "Release date (USA)". */
  rest: string
  /** The value as found. */
  raw: string
  /** The value without link words. */
  text: string
  /** The line the value is on. */
  line: _Line
  /** The column the value starts at. */
  column: number
}

/**
 * Stores a non-empty label value in its field of the film, reporting a value it cannot read.
 *
 * @param state The reader's state.
 * @param read The label and its value.
 */
export function _storeLabelValue(state: _FactState, read: _LabelRead): void {
  const { film, messages } = state
  const { name, field, rest, raw, text, line: at, column } = read
  switch (field) {
    case 'title':
      film.title = text.replace(/(?<!\s)\s*\((?:\d{4}|original title)\)$/i, '')
      state.titleAt = at.at(column)
      state.titleSeen = true
      break
    case 'originalTitle':
      film.originalTitle = text
      break
    case 'year': {
      const year = /\b(1[89]\d\d|20\d\d)\b/.exec(text)
      if (year) film.year = Number(year[1])
      else _reportUnreadValue(messages, at, column, name, 'year', text)
      break
    }
    case 'releaseDate':
      _pushParts(state, 'releaseDates', _readReleaseDates(text, rest), at, column, name, text)
      break
    case 'runtime':
      _pushParts(state, 'runtimes', _readRuntimes(raw, rest), at, column, name, raw)
      break
    case 'gross':
      _pushParts(state, 'grosses', _readGrosses(text, name), at, column, name, text)
      break
    case 'budget': {
      const money = _readBudget(text)
      if (money) film.budget = money
      else _reportUnreadValue(messages, at, column, name, 'budget', text)
      break
    }
    case 'countries':
    case 'languages':
    case 'genres': {
      const items = _splitList(text).filter((item) => item.length < 40)
      if (items.length) _pushFacts(film, field, items)
      else _reportUnreadValue(messages, at, column, name, field, text)
      break
    }
    case 'filmingLocations': {
      const places = text.split(/(?<!\s)\s*(?:\||;|\s\/\s)\s*/).map((place) => place.trim()).filter(Boolean)
      _pushFacts(film, 'filmingLocations', places)
      break
    }
    case 'directors':
    case 'writers':
    case 'stars': {
      const names = _readPeople(text)
      if (names.length) _pushFacts(film, field, names.map((name) => ({ name })))
      else _reportUnreadValue(messages, at, column, name, field, text)
      break
    }
    case 'cast':
      for (const item of _splitList(text)) {
        const credit = _readCastLine(item) ?? (_isName(item) ? { name: item } : undefined)
        if (credit) _pushFact(film, 'cast', credit)
      }
      break
    case 'taglines':
      _pushFact(film, 'taglines', text)
      break
    case 'rating': {
      const rating = _readRating(text) ?? _readNamedScaleRating(name, text, state.siteName)
      // Note: "Rating: R" is a certificate, not a score.
      if (!rating) {
        if (/\d/.test(text) && !/^(?:pg|nc|r|g|x|u|tv)\b/i.test(text)) _reportUnreadValue(messages, at, column, name, 'ratings', text)
        break
      }
      const source = _ratingSource(name, state.siteName)
      if (!film.ratings?.some((old) => old.source === source)) _pushFact(film, 'ratings', { ...rating, ...(source ? { source } : {}) })
      break
    }
    case 'logline':
      film.logline = text
      break
    case 'synopsis':
      // Note: a "Plot:" of a sentence or two is the logline; a longer one the synopsis.
      if (!film.logline && _countSentences(text) <= 2 && text.length <= 300) film.logline = text
      else if (!film.synopsis) film.synopsis = text
      break
    case 'trivia':
      _pushFact(film, 'trivia', text)
      state.section = 'extras'
      break
    case 'goofs':
      _pushFact(film, 'goofs', _readGoof(text) ?? { text })
      state.section = 'goofs'
      break
    case 'quotes': {
      const quoteLine = _readQuoteLine(text)
      if (quoteLine) _pushFact(film, 'quotes', { lines: [quoteLine] })
      state.section = 'quotes'
      break
    }
    case 'review':
      _enterSection(state, 'review')
      state.review!.title = text
      break
    case 'imdb': {
      const id = /tt\d{7,10}/.exec(text)
      if (id) film.ids = { ...film.ids, imdb: id[0] }
      break
    }
  }
}
