import { readFile } from 'node:fs/promises'
import type { Message, ParseResult } from '../message.js'
import { _decodePage } from '../parse/_decodePage.js'
import { _looksLikeReview } from '../parse/_looksLikeReview.js'
import { mergeFilms } from '../parse/mergeFilms.js'
import { parseFilmPage } from '../parse/parseFilmPage.js'
import { parseReview } from '../parse/parseReview.js'
import type { Film } from '../schemas/film.js'
import { CliError, EXIT } from './_cliError.js'

/** Options of `reelmark parse`. */
export interface ParseOptions {
  /** Output format; default `"json"`. */
  to?: string
  /** The title for pages that name none; default none. */
  title?: string
  /** Make one film of all inputs; default `false`. */
  merge?: boolean
}

// Note: the other formats of `--to` are wired in with the renderers.
const FORMATS = ['json']

/**
 * Chooses the parser for one input: free-text and markdown reviews go to `parseReview`, every
 * other input to `parseFilmPage`.
 *
 * @param text The decoded input.
 * @returns The parser to call.
 */
export function _chooseParser(text: string): (text: string, options: { title?: string }) => ParseResult<Film> {
  return _looksLikeReview(text) ? parseReview : parseFilmPage
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
  const to = options.to ?? 'json'
  if (!FORMATS.includes(to)) {
    throw new CliError(`Cannot parse with \`${to}\` for \`--to\`, expected one of: ${FORMATS.join(', ')}.`)
  }
  if (options.title !== undefined && options.title.trim() === '') {
    throw new CliError('Cannot parse with an empty `--title`, expected the film\'s title.')
  }
  let code: number = EXIT.ok
  const records: string[] = []
  const films: Film[] = []
  const sources: string[] = []
  for (const file of files) {
    const text = _decodePage(await readBytes(file))
    const parse = _chooseParser(text)
    const result = parse(text, options.title === undefined ? {} : { title: options.title })
    for (const message of result.messages) process.stderr.write(`${_formatMessage(file, message)}\n`)
    // Note: with --merge, an input without a title is fine when another input names the film.
    const failed = result.messages.some((message) => message.severity === 'error' && !(options.merge && message.rule === 'missing-title'))
    if (failed || !result.value) code = EXIT.problems
    if (result.value && options.merge) {
      films.push(result.value)
      sources.push(file)
    } else if (result.value) records.push(files.length > 1 ? JSON.stringify(result.value) : JSON.stringify(result.value, null, 2))
  }
  if (options.merge) {
    // Note: messages about the merge name their sources themselves; they are filed under the first input.
    const merged = mergeFilms(films, { sources })
    for (const message of merged.messages) process.stderr.write(`${_formatMessage(files[0]!, message)}\n`)
    if (merged.messages.some((message) => message.severity === 'error')) code = EXIT.problems
    if (merged.value) records.push(JSON.stringify(merged.value, null, 2))
  }
  if (records.length) process.stdout.write(`${records.join('\n')}\n`)
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
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    throw new CliError(`Cannot read \`${path}\`: ${reason}.`)
  }
}
