import type { Film } from '../schemas/film.js'
import type { ParseResult } from '../message.js'
import type { _Imported } from './_finish.js'
import { _placeNotes } from './_placeNotes.js'
import { _readJson } from './_readJson.js'
import { IMPORT_SOURCES, detectSource, type ImportSource } from './detectSource.js'
import { _importImdbApi } from './fromImdbApi.js'
import { _importJsonLd } from './fromJsonLd.js'
import { _importOmdb } from './fromOmdb.js'
import { _importTmdb } from './fromTmdb.js'
import { _importWikipedia } from './fromWikipedia.js'

/** Options of {@link importFilm}. */
export interface ImportFilmOptions {
  /** The input's format; detected from its shape when left out (the default). */
  from?: ImportSource | undefined
}

const JSON_IMPORTERS: Record<Exclude<ImportSource, 'wikipedia'>, (input: unknown) => _Imported> = {
  omdb: _importOmdb,
  imdbapi: _importImdbApi,
  tmdb: _importTmdb,
  jsonld: _importJsonLd,
}

/**
 * Reads a film from a format people already have: an OMDb or older imdbapi response, a TMDB
 * movie, schema.org Movie JSON-LD, or a Wikipedia article with `{{Infobox film}}` (wikitext or
 * export XML).
 *
 * @param input The text of the export, or an already parsed JSON value.
 * @param options Where the input comes from; `from` is detected when left out.
 * @returns The film (or `undefined` when none could be read) and messages; for text input each
 *   message carries the line and column it concerns.
 */
export function importFilm(input: unknown, options: ImportFilmOptions = {}): ParseResult<Film> {
  // Step: check the call itself.
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw new TypeError(`Cannot import film with \`${String(input)}\` for \`input\`, expected text or a parsed JSON value`)
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`Cannot import film with \`${String(options)}\` for \`options\`, expected an object`)
  }
  for (const key of Object.keys(options)) {
    if (key !== 'from') throw new TypeError(`Cannot import film with \`${key}\` for \`options.${key}\`, expected only \`from\``)
  }
  const { from } = options
  if (from !== undefined && !IMPORT_SOURCES.includes(from)) {
    throw new TypeError(`Cannot import film with \`${String(from)}\` for \`options.from\`, expected one of ${IMPORT_SOURCES.join(', ')}`)
  }
  if (from === 'wikipedia' && typeof input !== 'string') {
    throw new TypeError('Cannot import film with `object` for `input`, expected wikitext or export XML when `options.from` is `wikipedia`')
  }

  // Step: find the format.
  const source = from ?? detectSource(input)
  if (!source) {
    return {
      value: undefined,
      messages: [
        {
          severity: 'error',
          rule: 'unknown-source',
          message: `The input is none of the formats reelmark imports (${IMPORT_SOURCES.join(', ')}); pass \`from\` to say which.`,
        },
      ],
    }
  }
  if (source === 'wikipedia') {
    const { value, notes } = _importWikipedia(input as string)
    return { value, messages: _placeNotes(notes) }
  }

  // Step: read JSON text, keeping it to place the messages.
  if (typeof input !== 'string') {
    const { value, notes } = JSON_IMPORTERS[source](input)
    return { value, messages: _placeNotes(notes) }
  }
  const read = _readJson(input)
  if (!read.ok) return { value: undefined, messages: [read.message] }
  const { value, notes } = JSON_IMPORTERS[source](read.value)
  return { value, messages: _placeNotes(notes, read.text) }
}
