/**
 * Measures how deeply square brackets nest in text, in one linear scan, stopping as soon as
 * `limit` is passed. Markdown readers spend quadratic time on deeply nested link brackets.
 *
 * @param text Any text.
 * @param limit The deepest nesting allowed.
 * @returns The offset of the bracket that goes past `limit`, or `-1` when the text stays within it.
 */
export function _bracketDepth(text: string, limit: number): number {
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 92) index++ // backslash: an escaped bracket does not count
    else if (code === 91) {
      if (++depth > limit) return index
    } else if (code === 93 && depth > 0) depth--
  }
  return -1
}
