import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { Film } from '../../src/index.js'

/** The films in `tests/render/fixtures/`, by name. */
export const FIXTURES = ['mask', 'rich', 'hostile', 'wide'] as const

/**
 * Reads a fixture film; `mask` is the bundled example.
 *
 * @param name The fixture's name.
 * @returns The film.
 */
export function readFilm(name: (typeof FIXTURES)[number]): Film {
  const url =
    name === 'mask'
      ? new URL('../../examples/films/mask.json', import.meta.url)
      : new URL(`./fixtures/${name}.json`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as Film
}

/**
 * Compares output with its golden file in `tests/render/fixtures/`; `UPDATE=1` rewrites the file.
 *
 * @param file The golden file's name, such as `"mask.card.txt"`.
 * @param actual What the renderer wrote.
 */
export function expectGolden(file: string, actual: string): void {
  const url = new URL(`./fixtures/${file}`, import.meta.url)
  if (process.env.UPDATE || !existsSync(url)) writeFileSync(url, actual)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}
