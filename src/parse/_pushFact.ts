import type { Film } from '../schemas/film.js'

/**
 * Adds items to a list of a film, leaving out those already in it.
 *
 * @param film The film.
 * @param key The list.
 * @param items The items to add.
 */
export function _pushFact<K extends keyof Film>(film: Partial<Film>, key: K, ...items: NonNullable<Film[K]> extends (infer I)[] ? I[] : never): void {
  const list = (film[key] ?? []) as unknown[]
  for (const item of items) {
    if (!list.some((old) => JSON.stringify(old) === JSON.stringify(item))) list.push(item)
  }
  if (list.length) (film as Record<string, unknown>)[key] = list
}
