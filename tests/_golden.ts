import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

/**
 * Compares a value with the golden JSON file beside a fixture; `UPDATE=1` rewrites the file.
 *
 * @param url The golden file, such as `fixtures/parse/ratings.json`.
 * @param actual The value the code produced now.
 */
export function expectGolden(url: URL, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`
  if (process.env.UPDATE === '1' || !existsSync(url)) writeFileSync(url, text)
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(url, 'utf8')))
}
