import { _checkerFromOptions, type ValidateFilmsOptions } from './_checkOptions.js'
import type { Shard } from './_shard.js'
import { _validatePath } from './_validatePath.js'
import type { FileReport } from './validationIssue.js'

/** Options of {@link validateFile}. */
export interface ValidateFileOptions extends ValidateFilmsOptions {
  /** Check only a share of a JSON Lines file's records, such as `{ index: 1, count: 4 }`; default: all. */
  shard?: Shard
}

/**
 * Validates a dataset file (`.json`, `.jsonl`, `.ndjson`, `.yaml`, `.yml`, `.md`, `.csv` or `.tsv`),
 * streaming JSON Lines, CSV and TSV so memory stays flat.
 *
 * @param path The file.
 * @param options Rule settings, today's date and a shard.
 * @returns How many records the file holds and every problem at its line and column; rejects
 *   when the file cannot be read.
 */
export async function validateFile(path: string, options?: ValidateFileOptions): Promise<FileReport> {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError(`Cannot validate a file with \`${String(path)}\` for \`path\`, expected a file name.`)
  }
  const checker = _checkerFromOptions(options, 'validate a file')
  const shard = options?.shard
  if (
    shard !== undefined &&
    !(Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.index >= 1 && shard.index <= shard.count)
  ) {
    throw new TypeError(`Cannot validate a file with \`${JSON.stringify(shard)}\` for \`options.shard\`, expected { index, count } with 1 <= index <= count.`)
  }
  return _validatePath(path, checker, shard)
}
