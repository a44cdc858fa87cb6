const ENTITIES: Record<string, string> = {
  amp: '&',
  apos: "'",
  quot: '"',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
}

/**
 * Tidies a text value: decodes HTML entities, collapses white space and trims.
 *
 * @param value The raw text.
 * @returns The tidy text, or `undefined` when nothing is left.
 */
export function _clean(value: string): string | undefined {
  const text = value
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
    .replace(/\s+/g, ' ')
    .trim()
  return text === '' ? undefined : text
}

/**
 * Tells whether a text was cut off by its source, as in "and they soon realize...".
 *
 * @param text The text.
 * @returns Whether it ends with an ellipsis.
 */
export function _isTruncated(text: string): boolean {
  return /(?:\.\.\.|…)$/.test(text) && !/\b(?:etc|Jr|Sr)\.$/.test(text)
}

/**
 * Reads a number written as a JSON number or as text with thousands separators ("1,234,567").
 *
 * @param value The raw value.
 * @returns The number, or `undefined` when it is not one.
 */
export function _number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim().replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1')
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return undefined
  return Number(text)
}
