import { readFile, stat } from 'node:fs/promises'
import { _LIMITS } from '../_limits.js'
import { _fileIssue } from './_toIssues.js'
import { extname } from 'node:path'
import type { _Checker } from './_createChecker.js'
import type { Shard } from './_shard.js'
import { _validateCsv } from './_validateCsv.js'
import { _validateJson } from './_validateJson.js'
import { _validateJsonLines } from './_validateJsonLines.js'
import { _validateMarkdown } from './_validateMarkdown.js'
import { _validateYaml } from './_validateYaml.js'
import type { FileReport } from './validationIssue.js'

/** The file extensions `reelmark validate` reads. */
export const _DATASET_EXTENSIONS = ['.json', '.jsonl', '.ndjson', '.yaml', '.yml', '.md', '.csv', '.tsv'] as const

/**
 * Validates one dataset file by its extension.
 *
 * @param path The file.
 * @param checker The checker, shared across files to find duplicates.
 * @param shard With a shard, a JSON Lines file checks only its share of the records.
 * @returns The file's report.
 */
export async function _validatePath(path: string, checker: _Checker, shard?: Shard): Promise<FileReport> {
  const report = await read(path, checker, shard)
  report.issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return report
}

/** A report refusing a file read whole that goes past the size limit, or `undefined`. */
async function tooLarge(path: string): Promise<FileReport | undefined> {
  const { size } = await stat(path)
  if (size <= _LIMITS.fileBytes) return undefined
  const message = `The file is ${size} bytes; reelmark reads .json, .yaml and .md files of at most ${_LIMITS.fileBytes} bytes (use JSON Lines or CSV for more).`
  return { path, records: 0, issues: [_fileIssue('input-too-large', message, { line: 1, column: 1 })] }
}

async function read(path: string, checker: _Checker, shard?: Shard): Promise<FileReport> {
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return _validateJsonLines(path, checker, shard)
    case '.csv':
      return _validateCsv(path, checker, false)
    case '.tsv':
      return _validateCsv(path, checker, true)
    case '.json':
      return (await tooLarge(path)) ?? _validateJson(await readFile(path, 'utf8'), path, checker)
    case '.yaml':
    case '.yml':
      return (await tooLarge(path)) ?? _validateYaml(await readFile(path, 'utf8'), path, checker)
    case '.md':
      return (await tooLarge(path)) ?? _validateMarkdown(await readFile(path, 'utf8'), path, checker)
    default:
      throw new TypeError(
        `Cannot validate a file with \`${path}\` for \`path\`, expected one of: ${_DATASET_EXTENSIONS.join(', ')}.`,
      )
  }
}
