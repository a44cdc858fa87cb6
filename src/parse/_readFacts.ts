import type { Message } from '../message.js'
import type { Film } from '../schemas/film.js'
import { _countNoise } from './_countNoise.js'
import { _endPage } from './_endPage.js'
import { _factState, type _FactState, type _Section } from './_factState.js'
import type { _Page } from './_lines.js'
import { _isNoise } from './_noise.js'
import type { _Point } from './_position.js'
import { _readBlankLine } from './_readBlankLine.js'
import { _readCastListLine } from './_readCastListLine.js'
import { _readExtrasLine } from './_readExtrasLine.js'
import { _readHeading } from './_readHeading.js'
import { _readLabelLine } from './_readLabelLine.js'
import { _readMainLine } from './_readMainLine.js'
import { _readReviewEnd } from './_readReviewEnd.js'
import { _readReviewLine } from './_readReviewLine.js'
import { _readSynopsisLine } from './_readSynopsisLine.js'
import { _trimValue } from './_values.js'

/** What the fact reader found. */
export interface _Facts {
  /** The film so far; `title` may be missing. */
  film: Partial<Film>
  /** Where the title came from, when it was found. */
  titleAt?: _Point
}

// The reader of each section's own lines: it returns how many more lines it took, or
// `undefined` when the line ended the section and belongs to the main text.
const SECTION_READERS: Partial<Record<_Section, (state: _FactState, index: number, text: string) => number | undefined>> = {
  cast: _readCastListLine,
  synopsis: (state, _index, text) => _readSynopsisLine(state, text),
  review: _readReviewLine,
  extras: (state, _index, text) => _readExtrasLine(state, text),
  trivia: (state, _index, text) => _readExtrasLine(state, text),
  goofs: (state, _index, text) => _readExtrasLine(state, text),
  quotes: (state, _index, text) => _readExtrasLine(state, text),
  ignore: () => 0,
}

/**
 * Reads the facts of a film from the lines of a fact page: labelled values, a cast list, prose,
 * trivia, goofs, quotes and a user review; reports empty values, unknown labels and noise.
 *
 * @param page The page's lines.
 * @param messages Receives the messages, in input order.
 * @param siteName The site the page is from, as the source of its rating.
 * @returns The facts found.
 */
export function _readFacts(page: _Page, messages: Message[], siteName?: string): _Facts {
  const state = _factState(page, messages, siteName)
  const { lines } = state
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    // A blank line ends a paragraph and a quote.
    if (!line.text) {
      _readBlankLine(state)
      continue
    }
    // A user review runs until its closing line.
    if (state.section === 'review' && _readReviewEnd(state, line)) continue
    // A heading opens a section; a skipped block is skipped to its end.
    if (_readHeading(state, line)) continue
    if (state.section === 'skip') continue
    // Link words at the end ("See more »") go; a line of nothing else is noise.
    const text = _trimValue(line.text)
    if (!text || _isNoise(text)) {
      _countNoise(state, line)
      continue
    }
    // Labels: known ones are read, unknown ones reported where facts are expected.
    const labelUsed = _readLabelLine(state, index, text)
    if (labelUsed !== undefined) {
      index += labelUsed
      continue
    }
    // The section's own lines, then the main text: the title, an info bar, a cast list, prose.
    const sectionUsed = SECTION_READERS[state.section]?.(state, index, text)
    if (sectionUsed !== undefined) {
      index += sectionUsed
      continue
    }
    _readMainLine(state, index, text)
  }
  _endPage(state)
  return { film: state.film, ...(state.titleAt ? { titleAt: state.titleAt } : {}) }
}
