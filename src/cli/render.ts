import { parse as parseJsonTree } from '@humanwhocodes/momoa'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { Message } from '../message.js'
import { renderAs, type RenderFormat } from '../render/renderAs.js'
import type { Film } from '../schemas/index.js'
import { _jsonLocate } from '../validate/_jsonLocate.js'
import { _createChecker } from '../validate/_createChecker.js'
import { _validateJson } from '../validate/_validateJson.js'
import { CliError, EXIT } from './_cliError.js'

/** Options of `reelmark render`. */
export interface RenderCommandOptions {
  /** The output; default `"markdown"`. */
  to?: string
  /** Card width in display columns; default `60`. */
  width?: string
  /** Whether the card uses ASCII only; default `false`. */
  ascii?: boolean
  /** The page's address for JSON-LD; default none. */
  baseUrl?: string
  /** Image addresses for JSON-LD; default none. */
  image?: string[]
}

/** A film read from a file, with where it came from. */
interface Source {
  film: Film
  file: string
  /** The JSON text holding the record: the file, or its line for JSON Lines. */
  text: string
  /** The record's path from that text's root, such as `["films", 2]`. */
  prefix: (string | number)[]
  /** Lines before that text in the file. */
  lineOffset: number
}

const FORMATS: readonly RenderFormat[] = ['markdown', 'jsonld', 'html', 'card']

/**
 * Renders the films in Film JSON files (one film, an array, `{ "films": [...] }` or JSON Lines) as
 * markdown, JSON-LD, an HTML page or text cards. Records that fail the schema are reported and
 * left out; renderer warnings go to stderr.
 *
 * @param files The files to read.
 * @param options The command's options.
 * @returns The exit code: 0 all rendered, 1 some records were invalid.
 */
export async function runRender(files: string[], options: RenderCommandOptions): Promise<number> {
  const to = (options.to ?? 'markdown') as RenderFormat
  if (!FORMATS.includes(to)) {
    throw new CliError(`Cannot render with \`${to}\` for \`--to\`, expected one of: ${FORMATS.join(', ')}.`)
  }
  const width = options.width === undefined ? undefined : Number(options.width)
  if (width !== undefined && !(Number.isInteger(width) && width >= 24 && width <= 400)) {
    throw new CliError(`Cannot render with \`${options.width}\` for \`--width\`, expected a whole number from 24 to 400.`)
  }

  // Step: read every record, reporting the invalid ones at their place.
  const sources: Source[] = []
  const problems: string[] = []
  // Note: rendering the same film from two files is fine; every other rule still speaks.
  const checker = _createChecker({ config: { rules: { 'duplicate-film': 'off' } } })
  for (const file of files) {
    const text = await readText(file)
    const jsonLines = /^\.(jsonl|ndjson)$/i.test(extname(file)) || (!isJson(text) && looksLikeJsonLines(text))
    const chunks = jsonLines ? splitLines(text) : [{ text, lineOffset: 0 }]
    for (const chunk of chunks) {
      const report = _validateJson(chunk.text, file, checker)
      for (const issue of report.issues) {
        const where = issue.path ? `${issue.path}: ` : ''
        problems.push(`${file}:${issue.line + chunk.lineOffset}:${issue.column}: ${issue.severity}: ${where}${issue.message} [${issue.rule}]`)
      }
      if (report.records === 0) continue
      const data = JSON.parse(stripBom(chunk.text)) as unknown
      const wrapped = !Array.isArray(data) && typeof data === 'object' && data !== null && !('title' in data) && Array.isArray((data as { films?: unknown }).films)
      const records = Array.isArray(data) ? data : wrapped ? (data as { films: unknown[] }).films : [data]
      // Note: lint warnings are reported, but only a record with errors is left out.
      const invalid = new Set(report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.record))
      records.forEach((record, index) => {
        if (invalid.has(index + 1)) return
        const prefix = Array.isArray(data) ? [index] : wrapped ? ['films', index] : []
        sources.push({ film: record as Film, file, text: chunk.text, prefix, lineOffset: chunk.lineOffset })
      })
    }
  }

  // Step: render, then report what the renderers had to say at the record's place.
  if (sources.length > 0) {
    const films = sources.map((source) => source.film)
    const { text, messages } = render(sources.length === 1 ? films[0]! : films, to, {
      ...(width === undefined ? {} : { width }),
      ...(options.ascii ? { ascii: true } : {}),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.image === undefined ? {} : { image: options.image }),
    })
    process.stdout.write(text)
    for (const message of messages) problems.push(describe(message, sources))
  }
  if (problems.length > 0) process.stderr.write(`${problems.join('\n')}\n`)
  const skipped = problems.some((line) => /: error: /.test(line))
  return skipped || sources.length === 0 ? EXIT.problems : EXIT.ok
}

function render(...args: Parameters<typeof renderAs>): ReturnType<typeof renderAs> {
  try {
    return renderAs(...args)
  } catch (error) {
    // Note: the options are checked by the renderers; a bad URL is the user's to fix.
    throw new CliError((error as Error).message.replace(/`options\.(\w+)`/, (_, name: string) => `\`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}\``))
  }
}

function describe(message: Message, sources: readonly Source[]): string {
  const segments = (message.path ?? '').split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  const index = sources.length > 1 ? Number(segments.shift() ?? 0) : 0
  const source = sources[index]!
  const place = _jsonLocate(parseJsonTree(stripBom(source.text)), [...source.prefix, ...segments])
  return `${source.file}:${place.line + source.lineOffset}:${place.column}: ${message.severity}: ${message.message} [${message.rule}]`
}

function isJson(text: string): boolean {
  try {
    JSON.parse(stripBom(text))
    return true
  } catch {
    return false
  }
}

function looksLikeJsonLines(text: string): boolean {
  const lines = splitLines(text)
  return lines.length > 1 && lines.every((line) => line.text.trimStart().startsWith('{'))
}

function splitLines(text: string): { text: string; lineOffset: number }[] {
  return stripBom(text)
    .split(/\r?\n/)
    .map((line, index) => ({ text: line, lineOffset: index }))
    .filter((line) => line.text.trim() !== '')
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new CliError(`Cannot read \`${path}\`: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`)
  }
}
