import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { Message } from '../message.js'
import { renderAs, type RenderFormat } from '../render/renderAs.js'
import type { Film } from '../schemas/index.js'
import { _createChecker, type _Checker } from '../validate/_createChecker.js'
import type { _Locate } from '../validate/_toIssues.js'
import { _validateJsonLines } from '../validate/_validateJsonLines.js'
import { _validatePath } from '../validate/_validatePath.js'
import type { FileReport } from '../validate/validationIssue.js'
import { _expandPaths } from './_expandPaths.js'
import { CliError, EXIT } from './_cliError.js'
import { _renderFlags } from './_renderFlags.js'

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
  /** Finds the place of a path from the record's root in its file. */
  locate: _Locate
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
  const { to, width } = _renderFlags('render', options.to ?? 'markdown', FORMATS, options.width)

  // Step: read every record with the validate readers, reporting the invalid ones at their place.
  const sources: Source[] = []
  const problems: string[] = []
  let kept: Omit<Source, 'file'>[] = []
  // Note: rendering the same film from two files is fine; every other rule still speaks.
  const checker = _createChecker({
    config: { rules: { 'duplicate-film': 'off' } },
    onRecord: (value, _record, found, locate) => {
      // Note: lint warnings are reported, but only a record with errors is left out.
      if (!found.some((problem) => problem.severity === 'error')) kept.push({ film: value as Film, locate })
    },
  })
  for (const file of await _expandPaths(files, 'render')) {
    kept = []
    const report = await readRecords(file, checker)
    for (const issue of report.issues) {
      const where = issue.path ? `${issue.path}: ` : ''
      problems.push(`${file}:${issue.line}:${issue.column}: ${issue.severity}: ${where}${issue.message} [${issue.rule}]`)
    }
    for (const source of kept) sources.push({ ...source, file })
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
  const place = source.locate(segments, false)
  return `${source.file}:${place.line}:${place.column}: ${message.severity}: ${message.message} [${message.rule}]`
}

/**
 * Reads a dataset file's records through the validate reader for its kind. A `.json` file that
 * holds JSON Lines (one film a line) is read again as JSON Lines when it is not one document.
 */
async function readRecords(file: string, checker: _Checker): Promise<FileReport> {
  const report = await _validatePath(file, checker).catch((error: unknown) => {
    throw new CliError(`Cannot read \`${file}\`: ${(error as Error).message}`)
  })
  // Note: a file that failed as one document was read whole within the size limit, and kept no record.
  if (extname(file).toLowerCase() !== '.json' || report.records > 0 || !report.issues.some((issue) => issue.rule === 'syntax-error')) return report
  return looksLikeJsonLines(await readFile(file, 'utf8')) ? _validateJsonLines(file, checker) : report
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  // Note: trimStart also drops a byte-order mark.
  return lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{'))
}
