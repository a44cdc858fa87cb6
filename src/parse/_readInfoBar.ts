import { _parseDate } from './_dates.js'
import { _findMinutes } from './_values.js'

// Genre names as info bars write them, in English and the languages whose labels are read.
const GENRES =
  /^(?:action|adventure|animation|biography|comedy|crime|documentary|drama|family|fantasy|film-noir|film noir|history|horror|music|musical|mystery|romance|sci-fi|science fiction|sport|sports|thriller|war|western|short|adult|reality-tv|news|talk-show|game-show|aventure|biopic|comédie|comédie dramatique|documentaire|drame|épouvante-horreur|fantastique|guerre|historique|policier|science-fiction|abenteuer|komödie|dokumentarfilm|krimi|kriegsfilm|aventura|comedia|terror|suspense|commedia|drammatico|fantascienza|orrore|giallo|avventura)$/i

/**
 * Reads an info bar under a title, as in "R | 142 min | Drama" or
 * "7 décembre 2016 | 1h 56min | Science Fiction, Drame".
 *
 * @param text A trimmed line.
 * @returns The runtime in minutes, the genres and a full release date, or `undefined` when the
 * line is no info bar.
 */
export function _readInfoBar(text: string): { minutes?: number; genres: string[]; date?: string } | undefined {
  const parts = text.split(/(?<!\s)\s+[|-]\s+|(?<!\s)\s*\|\s*/).map((part) => part.trim()).filter(Boolean)
  if (parts.length < 2) return undefined
  // Note: a part listing genres with commas counts when one of them is a known genre.
  const genres = parts.flatMap((part) => {
    const items = part.split(/(?<!\s)\s*[|,]\s*/)
    return items.some((item) => GENRES.test(item)) && items.every((item) => item.split(' ').length <= 3) ? items : []
  })
  const minutes = parts.map((part) => (/^\d+\s*(?:min|h)|^\d+h\s*\d+min$/i.test(part) ? _findMinutes(part)?.minutes : undefined)).find(Boolean)
  const date = parts.map((part) => _parseDate(part)).find((found) => found !== undefined && found.length === 10)
  if (!minutes && genres.length < 1) return undefined
  if (parts.some((part) => part.split(' ').length > 6)) return undefined
  return { ...(minutes ? { minutes } : {}), genres, ...(date ? { date } : {}) }
}
