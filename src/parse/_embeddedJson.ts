import { importFilm } from '../import/importFilm.js'
import { detectSource } from '../import/detectSource.js'
import type { Message } from '../message.js'
import type { Film } from '../schemas/film.js'
import { safeParseFilm } from '../schemas/safeParseFilm.js'
import { _positions } from './_position.js'
import { _append } from '../_append.js'

/** A film read from JSON inside a text. */
export interface _Embedded {
  /** The film, when the JSON held one. */
  film: Partial<Film> | undefined
  /** Whether the text held a JSON block at all. */
  found: boolean
}

const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*(?:(?:json|jsonld|json-ld|javascript|js)[ \t]*)?\n([\s\S]*?)\n[ \t]*\1[ \t]*$/gim

/**
 * Reads a film from JSON a text carries: a fenced ```json block or a bare object, in any format
 * the importers know (schema.org JSON-LD, OMDb, TMDB, imdbapi) or as a reelmark film.
 *
 * @param text The whole input.
 * @param messages Receives the messages, placed in `text`.
 * @returns The film, and whether JSON was found at all.
 */
export function _embeddedJson(text: string, messages: Message[]): _Embedded {
  const blocks: { source: string; offset: number }[] = []
  for (const match of text.matchAll(FENCE)) {
    blocks.push({ source: match[2]!, offset: match.index + match[0].indexOf(match[2]!) })
  }
  if (!blocks.length) {
    const start = text.search(/^[ \t]*\{/m)
    const end = text.lastIndexOf('}')
    if (start !== -1 && end > start) blocks.push({ source: text.slice(start, end + 1), offset: start })
  }
  if (!blocks.length) return { film: undefined, found: false }
  const position = _positions(text)
  for (const { source, offset } of blocks) {
    let value: unknown
    try {
      value = JSON.parse(source)
    } catch (error) {
      const at = position(offset)
      messages.push({
        severity: 'warning',
        rule: 'invalid-json',
        message: `The embedded JSON cannot be read (${error instanceof Error ? error.message : String(error)}); the text around it is read instead.`,
        ...at,
      })
      continue
    }
    if (!value || typeof value !== 'object') continue
    const base = position(offset)
    const place = (message: Message): Message => {
      if (message.line === undefined) return { ...message, ...base }
      const line = base.line + message.line - 1
      const column = message.line === 1 ? base.column + (message.column ?? 1) - 1 : (message.column ?? 1)
      return { ...message, line, column }
    }
    if (detectSource(value)) {
      const result = importFilm(source)
      _append(messages, result.messages.map(place))
      if (result.value) return { film: result.value, found: true }
      continue
    }
    const record = value as Record<string, unknown>
    if (typeof record.title === 'string' || typeof record.name === 'string') {
      const check = safeParseFilm(value)
      if (check.success) return { film: check.output, found: true }
      // Note: a titled film keeps its valid fields; parseFilmPage leaves out the others, each with a message.
      if (typeof record.title === 'string' && record.title.trim() !== '') return { film: { ...record } as Partial<Film>, found: true }
      for (const issue of check.issues) {
        messages.push({ severity: 'warning', rule: 'invalid-value', message: `Left out ${issue.path || 'the film'}: ${issue.message}`, ...base, ...(issue.path ? { path: issue.path } : {}) })
      }
    }
  }
  return { film: undefined, found: true }
}
