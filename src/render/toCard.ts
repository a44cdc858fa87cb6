import type { Film } from '../schemas/index.js'
import { _cardFacts } from './_cardFacts.js'
import { _checkFilm, _checkOptions, _show } from './_options.js'
import { _asciiText, _terminalText } from './_terminalText.js'
import { _pad, _wrap } from './_wrap.js'
import { _append } from '../_append.js'

/** Options of {@link toCard}. */
export interface CardOptions {
  /** The card's width in display columns, 24 to 400. Default: `60`. */
  width?: number
  /** Whether to draw with `+`, `-` and `|` and write the text in ASCII. Default: `false`. */
  ascii?: boolean
}

const BOXES = {
  unicode: { top: ['┌', '─', '┐'], rule: ['├', '─', '┤'], bottom: ['└', '─', '┘'], side: '│', quotes: ['“', '”'] },
  ascii: { top: ['+', '-', '+'], rule: ['+', '-', '+'], bottom: ['+', '-', '+'], side: '|', quotes: ['"', '"'] },
} as const

/**
 * Draws a boxed plain-text card of a film (title, year, director, stars, runtime, rating, tagline,
 * verdict). Every line is exactly `width` display columns wide, counting wide characters (CJK,
 * emoji) as two; words wrap, and control characters in the record never reach the terminal.
 *
 * @param film The film.
 * @param options The width (default `60`) and whether to use ASCII only (default `false`).
 * @returns The card, lines joined by `\n`, ending in a newline.
 */
export function toCard(film: Film, options?: CardOptions): string {
  _checkFilm(film, 'render a card')
  const { width = 60, ascii = false } = _checkOptions(options, 'render a card', ['width', 'ascii']) as CardOptions
  if (!Number.isInteger(width) || width < 24 || width > 400) {
    throw new TypeError(`Cannot render a card with \`${_show(width)}\` for \`options.width\`, expected a whole number from 24 to 400.`)
  }
  if (typeof ascii !== 'boolean') {
    throw new TypeError(`Cannot render a card with \`${_show(ascii)}\` for \`options.ascii\`, expected a boolean.`)
  }
  const box = ascii ? BOXES.ascii : BOXES.unicode
  const clean = (text: string) => (ascii ? _asciiText(_terminalText(text)) : _terminalText(text))
  const inner = width - 4
  const facts = _cardFacts(film)

  // Step: the blocks of the card, as lines of at most `inner` columns.
  const blocks: string[][] = [_wrap(clean(facts.title), inner)]
  const labelWidth = Math.max(0, ...facts.rows.map(([label]) => label.length)) + 2
  if (facts.rows.length > 0) {
    blocks.push(
      facts.rows.flatMap(([label, value]) =>
        _wrap(clean(value), inner - labelWidth).map((line, index) => `${(index === 0 ? label : '').padEnd(labelWidth)}${line}`),
      ),
    )
  }
  const closing: string[] = []
  if (facts.tagline) _append(closing, _wrap(`${box.quotes[0]}${clean(facts.tagline)}${box.quotes[1]}`, inner))
  if (facts.verdict) _append(closing, _wrap(`Verdict: ${clean(facts.verdict)}`, inner))
  if (closing.length > 0) blocks.push(closing)

  // Step: draw the box around them.
  const edge = ([left, fill, right]: readonly string[]) => `${left}${fill!.repeat(width - 2)}${right}`
  const lines = [edge(box.top)]
  blocks.forEach((block, index) => {
    if (index > 0) lines.push(edge(box.rule))
    for (const line of block) lines.push(`${box.side} ${_pad(line, inner)} ${box.side}`)
  })
  lines.push(edge(box.bottom))
  return `${lines.join('\n')}\n`
}
