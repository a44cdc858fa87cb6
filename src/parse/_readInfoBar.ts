import { _findMinutes } from './_values.js'

const GENRES =
  /^(?:action|adventure|animation|biography|comedy|crime|documentary|drama|family|fantasy|film-noir|film noir|history|horror|music|musical|mystery|romance|sci-fi|science fiction|sport|sports|thriller|war|western|short|adult|reality-tv|news|talk-show|game-show)$/i

/**
 * Reads an info bar under a title, as in "R | 142 min | Drama".
 *
 * @param text A trimmed line.
 * @returns The runtime in minutes and the genres, or `undefined` when the line is no info bar.
 */
export function _readInfoBar(text: string): { minutes?: number; genres: string[] } | undefined {
  const parts = text.split(/(?<!\s)\s+[|-]\s+|(?<!\s)\s*\|\s*/).map((part) => part.trim()).filter(Boolean)
  if (parts.length < 2) return undefined
  const genres = parts.flatMap((part) => part.split(/(?<!\s)\s*\|\s*/)).filter((part) => GENRES.test(part))
  const minutes = parts.map((part) => (/^\d+\s*(?:min|h)|^\d+h\s*\d+min$/i.test(part) ? _findMinutes(part)?.minutes : undefined)).find(Boolean)
  if (!minutes && genres.length < 1) return undefined
  if (parts.some((part) => part.split(' ').length > 6)) return undefined
  return { ...(minutes ? { minutes } : {}), genres }
}
