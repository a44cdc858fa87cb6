import { readFile, readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { formatText } from '../validate/formatText.js'
import { toJsonReport } from '../validate/formatJson.js'
import { validateJsonText } from '../validate/validateJsonText.js'
import type { FileReport } from '../validate/validationIssue.js'
import { CliError, EXIT } from './_cliError.js'

/** Options of `reelmark validate`. */
export interface ValidateOptions {
  /** Report format; default `"text"`. */
  format?: string
  /** Whether warnings fail the run; default `false`. */
  strict?: boolean
}

const FORMATS = ['text', 'json']
const EXTENSIONS = new Set(['.json'])

/**
 * Validates dataset files and folders and prints a report.
 *
 * @param paths Files and folders to check.
 * @param options The command's options.
 * @returns The exit code: 0 valid, 1 problems found.
 */
export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const format = options.format ?? 'text'
  if (!FORMATS.includes(format)) {
    throw new CliError(`Cannot validate with \`${format}\` for \`--format\`, expected one of: ${FORMATS.join(', ')}.`)
  }
  const files = (await Promise.all(paths.map(expand))).flat()
  const reports: FileReport[] = []
  for (const file of files) reports.push(validateJsonText(await readText(file), file))

  const report = toJsonReport(reports, options.strict)
  process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(reports))
  return report.valid ? EXIT.ok : EXIT.problems
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => {
    throw new CliError(`Cannot read \`${path}\`: no such file or folder.`)
  })
  if (info.isFile()) return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  const found = entries
    .filter((entry) => entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  if (found.length === 0) throw new CliError(`Cannot validate \`${path}\`: it holds no dataset files.`)
  return found
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new CliError(`Cannot read \`${path}\`: ${(error as Error).message}`)
  }
}
