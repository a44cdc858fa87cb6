import { appendFile, readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { _combineReports } from '../validate/_combineReports.js'
import { _createChecker, type _Checker } from '../validate/_createChecker.js'
import { _eachLine } from '../validate/_eachLine.js'
import { _inShard, type Shard } from '../validate/_shard.js'
import { _validatePath } from '../validate/_validatePath.js'
import { formatGithub } from '../validate/formatGithub.js'
import { formatGithubSummary } from '../validate/formatGithubSummary.js'
import { toJsonReport, type JsonReport } from '../validate/formatJson.js'
import { formatSarif } from '../validate/formatSarif.js'
import { formatText } from '../validate/formatText.js'
import type { FileReport } from '../validate/validationIssue.js'
import { CliError, EXIT } from './_cliError.js'
import { _expandPaths } from './_expandPaths.js'
import { _loadConfig } from './_loadConfig.js'
import { _progress } from './_progress.js'
import { _extreme } from '../_extreme.js'

/** Options of `reelmark validate`. */
export interface ValidateOptions {
  /** Report format: `text`, `json`, `github` or `sarif`; default `"text"`. */
  format?: string
  /** Whether warnings fail the run; default `false`. */
  strict?: boolean
  /** `I/N`: check the I-th of N shares of the data; default: all of it. */
  shard?: string
  /** List at most this many issues; default: all. */
  maxIssues?: string
  /** A configuration file; default: `reelmark.config.json` or `package.json`'s `"reelmark"` key. */
  config?: string
  /** Treat the paths as JSON reports of shards and combine them; default `false`. */
  combine?: boolean
}

const FORMATS = ['text', 'json', 'github', 'sarif']

/**
 * Validates dataset files, folders and globs and prints a report.
 *
 * @param paths Files, folders and globs to check (with `combine`: JSON reports).
 * @param options The command's options.
 * @returns The exit code: 0 valid, 1 problems found.
 */
export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const format = options.format ?? 'text'
  if (!FORMATS.includes(format)) {
    throw new CliError(`Cannot validate with \`${format}\` for \`--format\`, expected one of: ${FORMATS.join(', ')}.`)
  }
  const shard = options.shard === undefined ? undefined : parseShard(options.shard)
  const maxIssues = options.maxIssues === undefined ? undefined : parseCount(options.maxIssues)

  const reports = options.combine ? _combineReports(await readReports(paths)) : await validatePaths(paths, options, shard)
  const report = toJsonReport(reports, { strict: options.strict, maxIssues })
  process.stdout.write(await render(report, format))
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
    await appendFile(process.env.GITHUB_STEP_SUMMARY, formatGithubSummary(report))
  }
  return report.valid ? EXIT.ok : EXIT.problems
}

async function validatePaths(paths: string[], options: ValidateOptions, shard: Shard | undefined): Promise<FileReport[]> {
  const config = await _loadConfig(options.config)
  // Note: a JSON Lines file is split by records across shards; any other file goes to one shard.
  const files = (await _expandPaths(paths)).filter((file) => !shard || isJsonLines(file) || _inShard(file, shard))
  // Note: every record comes from a file reader, so it is plain data.
  const checker = _createChecker({ config, plainData: true })
  const progress = _progress(files.length)
  const counting: _Checker = {
    check(value, file, record) {
      progress.record()
      return checker.check(value, file, record)
    },
  }
  const reports: FileReport[] = []
  try {
    for (const file of files) {
      progress.file(file)
      reports.push(
        await _validatePath(file, counting, shard).catch((error: unknown) => {
          throw new CliError(`Cannot read \`${file}\`: ${(error as Error).message}`)
        }),
      )
    }
  } finally {
    progress.done()
  }
  return reports
}

function isJsonLines(file: string): boolean {
  const extension = extname(file).toLowerCase()
  return extension === '.jsonl' || extension === '.ndjson'
}

async function readReports(paths: string[]): Promise<JsonReport[]> {
  return Promise.all(
    paths.map(async (path) => {
      let data: unknown
      try {
        data = JSON.parse(await readFile(path, 'utf8'))
      } catch (error) {
        throw new CliError(`Cannot combine \`${path}\`: ${(error as Error).message}`)
      }
      const report = data as Partial<JsonReport> | null
      if (report?.version !== 1 || !Array.isArray(report.files)) {
        throw new CliError(`Cannot combine \`${path}\`: expected a report of \`reelmark validate --format json\`.`)
      }
      return report as JsonReport
    }),
  )
}

async function render(report: JsonReport, format: string): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`
    case 'github':
      return formatGithub(report)
    case 'sarif':
      return formatSarif(report, { version: packageJson.version })
    default: {
      const tty = process.stdout.isTTY === true
      const color = tty && !process.env.NO_COLOR
      const sources = tty ? await sourceLines(report) : undefined
      return formatText(report, { color, sourceLine: sources && ((path, line) => sources.get(path)?.get(line)) })
    }
  }
}

/** Reads the lines that code frames show: those of errors, file by file. */
async function sourceLines(report: JsonReport): Promise<Map<string, Map<number, string>>> {
  const sources = new Map<string, Map<number, string>>()
  for (const file of report.files) {
    const wanted = new Set(file.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.line))
    if (wanted.size === 0) continue
    const last = _extreme(wanted, 'max')
    const lines = new Map<number, string>()
    await _eachLine(file.path, (line, number) => {
      if (wanted.has(number)) lines.set(number, line)
      return number < last
    }).catch(() => undefined)
    sources.set(file.path, lines)
  }
  return sources
}

function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count) {
    throw new CliError(`Cannot validate with \`${text}\` for \`--shard\`, expected I/N with 1 <= I <= N, such as 2/4.`)
  }
  return { index, count }
}

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new CliError(`Cannot validate with \`${text}\` for \`--max-issues\`, expected a whole number.`)
  }
  return Number(text)
}
