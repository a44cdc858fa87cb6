import type { _Line } from './_lines.js'

/**
 * Marks the film's title as the main heading on a page without `<h1>`: the first heading that
 * the document title starts with ("Arrival (2016)" of "Arrival (2016) — The Movie Database"),
 * else such a line near the top.
 *
 * @param lines The page's lines; the title's gets heading level 1.
 * @param documentTitle The text of the page's `<title>`.
 */
export function _markTitle(lines: _Line[], documentTitle: string | undefined): void {
  if (!documentTitle || lines.some((line) => line.heading === 1)) return
  const wanted = documentTitle.toLowerCase()
  const starts = (line: _Line) => line.text.length >= 2 && wanted.startsWith(line.text.toLowerCase())
  // Note: some sites style the title as a heading without `<h1>`, others with no heading at all.
  const title = lines.find((line) => line.heading > 1 && starts(line)) ?? lines.slice(0, 20).find((line) => !line.link && starts(line))
  if (title) title.heading = 1
}

