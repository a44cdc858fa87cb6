import { readFile, stat } from 'node:fs/promises'
import { _LIMITS } from '../_limits.js'
import { _fileIssue } from './_toIssues.js'
import { extname } from 'node:path'
import type { _Checker } from './_createChecker.js'
import type { Shard } from './_shard.js'
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

// Note: each format's reader (and its libraries: yaml, csv-parse, remark) is imported only when a
// file of that format is met, so checking one JSON file loads none of the others.
async function read(path: string, checker: _Checker, shard?: Shard): Promise<FileReport> {
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson': {
      const { _validateJsonLines } = await import('./_validateJsonLines.js')
      return _validateJsonLines(path, checker, shard)
    }
    case '.csv':
    case '.tsv': {
      const { _validateCsv } = await import('./_validateCsv.js')
      return _validateCsv(path, checker, extname(path).toLowerCase() === '.tsv')
    }
    case '.json': {
      const refused = await tooLarge(path)
      if (refused) return refused
      const { _validateJson } = await import('./_validateJson.js')
      return _validateJson(await readFile(path, 'utf8'), path, checker)
    }
    case '.yaml':
    case '.yml': {
      const refused = await tooLarge(path)
      if (refused) return refused
      const { _validateYaml } = await import('./_validateYaml.js')
      return _validateYaml(await readFile(path, 'utf8'), path, checker)
    }
    case '.md': {
      const refused = await tooLarge(path)
      if (refused) return refused
      const { _validateMarkdown } = await import('./_validateMarkdown.js')
      return _validateMarkdown(await readFile(path, 'utf8'), path, checker)
    }
    default:
      throw new TypeError(
        `Cannot validate a file with \`${path}\` for \`path\`, expected one of: ${_DATASET_EXTENSIONS.join(', ')}.`,
      )
  }
}
