import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

/**
 * Compares a value with the JSON fixture beside its input, or rewrites the fixture when the
 * tests run with `UPDATE=1`.
 *
 * @param name The fixture's name under `tests/import/fixtures/`, without `.json`.
 * @param actual The value the importer produced.
 */
export function golden(name: string, actual: unknown): void {
  const file = new URL(`./fixtures/${name}.json`, import.meta.url)
  const text = `${JSON.stringify(actual, null, 2)}\n`
  if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, text)
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')))
}

/**
 * Reads an input fixture.
 *
 * @param name The file's name under `tests/import/fixtures/`.
 * @returns Its text.
 */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
}
