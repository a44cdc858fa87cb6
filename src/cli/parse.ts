import { readFile } from 'node:fs/promises'
import { detectSource } from '../import/detectSource.js'
import { importFilm } from '../import/importFilm.js'
import type { Message, ParseResult } from '../message.js'
import { _decodePage } from '../parse/_decodePage.js'
import { _looksLikeReview } from '../parse/_looksLikeReview.js'
import { mergeFilms } from '../parse/mergeFilms.js'
import { parseFilmPage } from '../parse/parseFilmPage.js'
import { parseReview } from '../parse/parseReview.js'
import { RENDER_FORMATS, renderAs } from '../render/renderAs.js'
import type { Film } from '../schemas/film.js'
import { CliError, EXIT } from './_cliError.js'
import { _renderFlags } from './_renderFlags.js'

/** Options of `reelmark parse`. */
export interface ParseOptions {
  /** Output format; default `"json"`. */
  to?: string
  /** The title for pages that name none; default none. */
  title?: string
  /** Make one film of all inputs; default `false`. */
  merge?: boolean
  /** Card width in display columns (`--to card`); default `60`. */
  width?: string
}

/**
 * Chooses the parser for one input: exports of other sources (OMDb, TMDB, schema.org JSON-LD,
 * Wikipedia) go to `importFilm`, free-text and markdown reviews to `parseReview`, every other
 * input to `parseFilmPage`.
 *
 * @param text The decoded input.
 * @returns The parser to call.
 */
export function _chooseParser(text: string): (text: string, options: { title?: string }) => ParseResult<Film> {
  const source = detectSource(text)
  if (source) return (input, options) => withTitle(importFilm(input, { from: source }), options.title)
  return _looksLikeReview(text) ? parseReview : parseFilmPage
}

// Note: an export always names its film; `--title` only fills the gap when it does not.
function withTitle(result: ParseResult<Film>, title: string | undefined): ParseResult<Film> {
  if (!result.value || result.value.title || title === undefined) return result
  return { ...result, value: { ...result.value, title } }
}

/**
 * Parses film pages and prints one record per input: JSON, or JSON Lines when several; messages
 * go to stderr as `FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]`.
 *
 * @param files The inputs.
 * @param options The command's options.
 * @returns The exit code: 0 read, 1 when an input had errors.
 */
export async function runParse(files: string[], options: ParseOptions): Promise<number> {
  const { to, width } = _renderFlags('parse', options.to ?? 'json', RENDER_FORMATS, options.width)
  if (options.title !== undefined && options.title.trim() === '') {
    throw new CliError('Cannot parse with an empty `--title`, expected the film\'s title.')
  }
  let code: number = EXIT.ok
  const films: Film[] = []
  const sources: string[] = []
  const untitled: { file: string; message: Message }[] = []
  for (const file of files) {
    const text = _decodePage(await readBytes(file))
    const parse = _chooseParser(text)
    const result = parse(text, options.title === undefined ? {} : { title: options.title })
    for (const message of result.messages) {
      // Note: with --merge, an input without a title is fine when another input names the film.
      if (options.merge && message.rule === 'missing-title') untitled.push({ file, message })
      else process.stderr.write(`${_formatMessage(file, message)}\n`)
    }
    const failed = result.messages.some((message) => message.severity === 'error' && !(options.merge && message.rule === 'missing-title'))
    if (failed || !result.value) code = EXIT.problems
    if (result.value) {
      films.push(result.value)
      sources.push(file)
    }
  }

  let output = films
  if (options.merge && films.length > 0) {
    // Note: messages about the merge name their sources themselves; they are filed under the first input.
    const merged = mergeFilms(films, { sources })
    for (const { file, message } of untitled) {
      const named = merged.value?.title !== undefined && merged.value.title !== 'Untitled'
      const note: Message = named
        ? { ...message, severity: 'info', message: `${message.message.split(';')[0]}; the title ${JSON.stringify(merged.value?.title)} comes from another input.` }
        : message
      if (!named && message.severity === 'error') code = EXIT.problems
      process.stderr.write(`${_formatMessage(file, note)}\n`)
    }
    for (const message of merged.messages) process.stderr.write(`${_formatMessage(files[0]!, message)}\n`)
    if (merged.messages.some((message) => message.severity === 'error')) code = EXIT.problems
    output = merged.value ? [merged.value] : []
  }
  if (output.length === 0) return code

  if (to === 'json') {
    const records = output.map((film) => (output.length > 1 ? JSON.stringify(film) : JSON.stringify(film, null, 2)))
    process.stdout.write(`${records.join('\n')}\n`)
    return code
  }
  // Note: a record without a title was reported as missing-title; it has nothing to render under.
  const titled = output.filter((film) => typeof film.title === 'string' && film.title !== '')
  if (titled.length === 0) return EXIT.problems
  const rendered = renderAs(titled.length === 1 ? titled[0]! : titled, to, width === undefined ? {} : { width })
  for (const message of rendered.messages) {
    // Note: renderer messages speak of the record, not of a place in the input.
    const index = titled.length > 1 ? Number((message.path ?? '0').split('.')[0]) : 0
    const file = options.merge ? files[0]! : (sources[output.indexOf(titled[index]!)] ?? files[0]!)
    process.stderr.write(`${_formatMessage(file, message)}\n`)
  }
  process.stdout.write(rendered.text.endsWith('\n') ? rendered.text : `${rendered.text}\n`)
  return code
}

/**
 * Formats a message as `FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]`.
 *
 * @param file The input's path.
 * @param message The message.
 * @returns One line.
 */
export function _formatMessage(file: string, message: Message): string {
  return `${file}:${message.line ?? 1}:${message.column ?? 1}: ${message.severity}: ${message.message} [${message.rule}]`
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? `it is a folder; name its files, as in \`${path}/*\`` : (error as Error).message
    throw new CliError(`Cannot read \`${path}\`: ${reason}.`)
  }
}
