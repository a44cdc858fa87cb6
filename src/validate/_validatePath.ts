import { readFile } from 'node:fs/promises'
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
      return _validateJson(await readFile(path, 'utf8'), path, checker)
    case '.yaml':
    case '.yml':
      return _validateYaml(await readFile(path, 'utf8'), path, checker)
    case '.md':
      return _validateMarkdown(await readFile(path, 'utf8'), path, checker)
    default:
      throw new TypeError(
        `Cannot validate a file with \`${path}\` for \`path\`, expected one of: ${_DATASET_EXTENSIONS.join(', ')}.`,
      )
  }
}
