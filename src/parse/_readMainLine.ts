import { _findDate } from './_dates.js'
import { _countSentences } from './_countSentences.js'
import type { _FactState } from './_factState.js'
import { _isProse } from './_isProse.js'
import { _pushFact } from './_pushFact.js'
import { _readCastLine } from './_readExtras.js'
import { _readInfoBar } from './_readInfoBar.js'
import { _readTitleLine } from './_readTitleLine.js'
import { _findMinutes } from './_values.js'

/**
 * Reads a line of the page's main text: the title, a year under it, an original title, an info
 * bar, a run of cast lines, or prose as the logline or synopsis.
 *
 * @param state The reader's state, outside any section of its own.
 * @param index The index of the line.
 * @param text The line without link words.
 */
export function _readMainLine(state: _FactState, index: number, text: string): void {
  const { film, lines, html } = state
  const line = lines[index]!
  // The title: the first heading of an HTML page, the first line of a text.
  if (!state.titleSeen && (html ? line.heading === 1 : !state.contentSeen)) {
    const title = _readTitleLine(text)
    if (title && (html || (!_isProse(text) && !_findDate(text) && text.length <= 100))) {
      film.title = title.title
      if (title.year) film.year ??= title.year
      state.titleAt = line.at(0)
      state.titleSeen = true
      state.contentSeen = true
      return
    }
  }
  if (html && !state.titleSeen) return
  // A year alone just under the title: "The Shawshank Redemption" then "1994".
  const lone = /^\(?(1[89]\d\d|20\d\d)\)?$/.exec(text)
  if (lone && !state.contentSeenAfterTitle) {
    film.year ??= Number(lone[1])
    return
  }
  state.contentSeenAfterTitle = true
  if (/\(original title\)$/i.test(text)) {
    film.originalTitle ??= text.replace(/(?<!\s)\s*\(original title\)$/i, '')
    return
  }
  // An info bar: "R | 142 min | Drama".
  const bar = _readInfoBar(text)
  if (bar) {
    if (bar.minutes) state.weak.runtimes ??= [{ minutes: bar.minutes }]
    if (bar.genres.length) state.weak.genres ??= bar.genres
    if (bar.date) state.weak.releaseDates ??= [{ date: bar.date }]
    return
  }
  // A runtime leading a short line: "116 mins", "2 h 12 m", "116 mins · More at IMDb".
  const runtime = /^(?:\d{1,2}\s*(?:h|hrs?)\.?(?:\s*\d{1,2}\s*(?:m|mins?|minutes)\.?)?|\d{2,3}\s*(?:mins?|minutes)\.?)(?=$|\s+[^\p{Ll}\s])/u.exec(text)
  if (runtime && text.split(' ').length <= 8) {
    const minutes = _findMinutes(runtime[0])?.minutes
    if (minutes) state.weak.runtimes ??= [{ minutes }]
    return
  }
  // Cast lines count only in a run of two or more.
  const credit = _readCastLine(text)
  if (credit && (_readCastLine(lines[index + 1]?.text ?? '') || _readCastLine(lines[index - 1]?.text ?? ''))) {
    _pushFact(film, 'cast', credit)
    state.contentSeen = true
    return
  }
  // A date alone at the top of a text is the date of the page, not a fact.
  if (!state.contentSeen && !html && _findDate(text)?.start === 0 && text.length < 40) return
  if (_isProse(text) && state.section === 'main') {
    state.contentSeen = true
    if (!film.logline && _countSentences(text) <= 2 && text.length <= 400) film.logline = text
    else if (!html && !film.synopsis) film.synopsis = text
    return
  }
  state.contentSeen = true
}
