import { _isTruncated } from './_clean.js'
import type { _Draft } from './_finish.js'
import { _note, type _InputPath, type _Note } from './_note.js'

// Note: a short plot is a sentence or three; a longer one is a synopsis.
const LOGLINE_LIMIT = 300

/**
 * Puts a plot text into `logline` (up to 300 characters) or `synopsis` (longer), and flags it
 * when the source cut it off with "...".
 *
 * @param draft The film being built.
 * @param text The plot text.
 * @param at Where it sits in the input.
 * @param key The source's name for it, for the message.
 * @param notes Where to report.
 */
export function _plot(draft: _Draft, text: string, at: _InputPath, key: string, notes: _Note[]): void {
  const field = text.length > LOGLINE_LIMIT ? 'synopsis' : 'logline'
  draft[field] ??= text
  if (_isTruncated(text)) _note(notes, 'warning', 'truncated-text', `The ${key} ends with "...": the source cut it off.`, at, field)
}
