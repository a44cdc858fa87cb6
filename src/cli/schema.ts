import { readFile } from 'node:fs/promises'
import { CliError, EXIT } from './_cliError.js'

const RECORDS = ['film', 'review'] as const

/**
 * Prints the JSON Schema of a record, exactly as shipped in `schemas/`.
 *
 * @param record `"film"` or `"review"`; default `"film"`.
 * @returns The exit code.
 */
export async function runSchema(record = 'film'): Promise<number> {
  if (!RECORDS.includes(record as (typeof RECORDS)[number])) {
    throw new CliError(`Cannot print a schema for \`${record}\`, expected one of: film, review.`)
  }
  // Note: the built CLI sits in dist/, beside the package's schemas/ folder.
  const url = new URL(`../schemas/${record}.schema.json`, import.meta.url)
  process.stdout.write(await readFile(url, 'utf8'))
  return EXIT.ok
}
