import { _positions, type _Point } from './_position.js'

/** One line of the text a fact page is read from. */
export interface _Line {
  /** The line, white space collapsed and trimmed; `""` for a blank line. */
  text: string
  /** Where the line came from in the input, for messages. */
  at: (index: number) => _Point
  /** The heading level of the element it came from (HTML), or `0`. */
  heading: number
  /** Whether all of the line is link text (HTML), as in menus and lists of links. */
  link: boolean
}

/** The lines of a page, ready for the fact reader. */
export interface _Page {
  /** The lines, blank ones kept as paragraph breaks. */
  lines: _Line[]
  /** Whether the lines came from HTML (labels and values then sit on separate lines). */
  html: boolean
}

/**
 * Splits a plain text into trimmed lines that know their place in the input.
 *
 * @param text The whole input.
 * @returns The page of lines.
 */
export function _textLines(text: string): _Page {
  const position = _positions(text)
  const lines: _Line[] = []
  let start = 0
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const offset = start + lead
    lines.push({
      text: raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim(),
      // Note: collapsing runs of spaces moves later columns a little; the line stays exact.
      at: (index) => position(offset + index),
      heading: 0,
      link: false,
    })
    start += raw.length + 1
  }
  return { lines, html: false }
}
