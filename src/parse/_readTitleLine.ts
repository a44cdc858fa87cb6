/**
 * Reads a title line, as in "The Shawshank Redemption (1994)" or "Troy (TV Series 2004–)".
 *
 * @param text A trimmed line.
 * @returns The title and year, or `undefined` when the line cannot be a title.
 */
export function _readTitleLine(text: string): { title: string; year?: number } | undefined {
  const match = /^(.+?)(?<!\s)\s*\((?:[^()]*?\s)?(1[89]\d\d|20\d\d)(?:[–-]\s*(?:\d{4})?)?\)(?:\s.{0,40})?$/.exec(text)
  if (match) return { title: match[1]!.trim(), year: Number(match[2]) }
  if (/^imdb\s*>/i.test(text)) return undefined
  return text.length <= 150 ? { title: text.trim() } : undefined
}
