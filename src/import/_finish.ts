import type { Film } from '../schemas/film.js'
import { safeParseFilm } from '../schemas/safeParseFilm.js'
import { _note, type _Note } from './_note.js'

/** A film as an importer built it, before it is checked. */
export type _Draft = { [K in keyof Film]?: Film[K] | undefined }

/** What an importer returns before its messages are placed in the input text. */
export interface _Imported {
  /** The film, or `undefined` when nothing could be read. */
  value: Film | undefined
  /** The messages, still knowing where in the input they point. */
  notes: _Note[]
}

/**
 * Drops empty parts of a draft, checks it against the film schema and reports what fails.
 *
 * @param draft The film as the importer built it.
 * @param notes The importer's messages so far; more are added.
 * @returns The valid film, or `undefined` without a title, with every message.
 */
export function _finish(draft: _Draft, notes: _Note[]): _Imported {
  const film = _prune(draft) as Record<string, unknown> | undefined
  if (!film || typeof film.title !== 'string') {
    _note(notes, 'error', 'missing-title', 'The input has no title, so no film could be read.', undefined, 'title')
    return { value: undefined, notes }
  }

  // Note: a value the schema rejects is reported and left out, so that the film stays valid; the
  // importers already avoid building such values, this is the last guard.
  for (let round = 0; round < 20; round++) {
    const check = safeParseFilm(film)
    if (check.success) return { value: check.output, notes }
    const issue = check.issues[0]!
    _note(notes, 'error', 'invalid-value', `Left out ${issue.path || 'the film'}: ${issue.message}`, undefined, issue.path)
    if (!_remove(film, issue.path.split('.'))) return { value: undefined, notes }
  }
  return { value: undefined, notes }
}

function _prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(_prune).filter((item) => item !== undefined)
    return items.length > 0 ? items : undefined
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, _prune(item)] as const)
      .filter(([, item]) => item !== undefined)
    return entries.length > 0 ? Object.fromEntries(entries) : undefined
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  return value
}

function _remove(film: Record<string, unknown>, segments: string[]): boolean {
  const [field, index] = segments
  if (!field || field === 'title') return false
  const list = film[field]
  if (Array.isArray(list) && index !== undefined && /^\d+$/.test(index)) {
    list.splice(Number(index), 1)
    if (list.length === 0) delete film[field]
  } else {
    delete film[field]
  }
  return true
}
