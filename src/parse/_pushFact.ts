import type { Film } from '../schemas/film.js'

/** An item of a film's list. */
type _ListItem<K extends keyof Film> = NonNullable<Film[K]> extends (infer I)[] ? I : never

/** What a list held when last seen: each item's JSON with how often it occurs, and its last item. */
interface _Seen {
  counts: Map<string, number>
  length: number
  last: unknown
}

// Note: comparing each new item with every old one made a page of thousands of trivia items take
// minutes; the JSON of a list's items is kept with the list instead, and rebuilt only when the
// list was changed by other means than these pushes.
const SEEN = new WeakMap<unknown[], _Seen>()

function _seenOf(list: unknown[]): _Seen {
  let seen = SEEN.get(list)
  if (!seen || seen.length !== list.length) {
    seen = { counts: new Map(), length: list.length, last: list.at(-1) }
    for (const item of list) _count(seen.counts, JSON.stringify(item), 1)
    SEEN.set(list, seen)
  } else if (list.length > 0 && seen.last !== list.at(-1)) {
    // Note: a cast list's last credit is replaced when its character follows on the next line.
    _count(seen.counts, JSON.stringify(seen.last), -1)
    seen.last = list.at(-1)
    _count(seen.counts, JSON.stringify(seen.last), 1)
  }
  return seen
}

function _count(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by
  if (count > 0) counts.set(key, count)
  else counts.delete(key)
}

/**
 * Adds items to a list of a film, leaving out those already in it.
 *
 * @param film The film.
 * @param key The list.
 * @param items The items to add.
 */
export function _pushFact<K extends keyof Film>(film: Partial<Film>, key: K, ...items: _ListItem<K>[]): void {
  _pushFacts(film, key, items)
}

/**
 * Adds items to a list of a film, leaving out those already in it, as {@link _pushFact} does for
 * items given as a list, however many.
 *
 * @param film The film.
 * @param key The list.
 * @param items The items to add.
 */
export function _pushFacts<K extends keyof Film>(film: Partial<Film>, key: K, items: readonly _ListItem<K>[]): void {
  const list = (film[key] ?? []) as unknown[]
  const seen = _seenOf(list)
  for (const item of items) {
    const json = JSON.stringify(item)
    if (seen.counts.has(json)) continue
    list.push(item)
    seen.counts.set(json, 1)
    seen.length = list.length
    seen.last = item
  }
  if (list.length) (film as Record<string, unknown>)[key] = list
}
