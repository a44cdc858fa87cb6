import { _findDate } from './_dates.js'

/**
 * Reads the byline of a user review: its date, author and, when it comes first, title.
 *
 * @param text A trimmed line.
 * @returns What the line tells, or `undefined` when it is no byline.
 */
export function _readReviewByline(text: string): { date?: string; author?: string; title?: string } | undefined {
  // "19 May 2004 | by rainman-33 (Texas, USA)", "Author: maurizio toni (tekton) from Italy",
  // "It can be enjoyable also for classicists, 10 May 2005".
  const author = /(?:^|\|\s*)(?:by|author:)\s+([^|()–—\s](?:[^|()–—]*?[^|()–—\s])?)(?:\s*\(|\s+from\s|\s*[–—|]|$)/i.exec(text)
  const date = _findDate(text)
  const dated = date ? { date: date.date } : {}
  if (author) return { ...dated, author: author[1]!.trim() }
  if (!date) return undefined
  if (date.start === 0 && (date.end === text.length || /^\s*\|/.test(text.slice(date.end)))) return dated
  if (date.end === text.length && /,\s*$/.test(text.slice(0, date.start))) {
    return { ...dated, title: text.slice(0, date.start).replace(/,\s*$/, '').trim() }
  }
  return undefined
}
