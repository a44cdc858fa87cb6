// The pieces the corpus measurement scripts share: the folder argument, the hand-listed facts,
// and reading a fact from a record by its dot path.
import { readFileSync } from 'node:fs'

/**
 * Reads the corpus folder from the command line, or exits 2 with the usage line.
 *
 * @param usage The usage line to print when the folder is missing.
 * @returns The folder.
 */
export function corpusFolder(usage: string): string {
  const folder = process.argv[2]
  if (!folder) {
    console.error(usage)
    process.exit(2)
  }
  return folder
}

/**
 * Loads a list of hand-checked facts, by file name and then by dot path.
 *
 * @param name The JSON file beside this script.
 * @returns The facts.
 */
export function loadFacts(name: string): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>
}

/**
 * Reads a value from a record by its dot path, such as `"cast.0.character"`.
 *
 * @param value The record.
 * @param path The dot path.
 * @returns The value there, or `undefined`.
 */
export function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((item, key) => (item as Record<string, unknown> | undefined)?.[key], value)
}
