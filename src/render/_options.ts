/**
 * Throws when `options` is not a plain object or holds a key the renderer does not know.
 *
 * @param options The options the caller passed.
 * @param verb What the renderer does, such as `"render JSON-LD"`.
 * @param known The option names the renderer reads.
 * @returns The options as a record, `{}` when left out.
 */
export function _checkOptions(options: unknown, verb: string, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Cannot ${verb} with \`${_show(options)}\` for \`options\`, expected an object.`)
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `Cannot ${verb} with \`${key}\` for \`options.${key}\`, expected one of: ${known.join(', ')}.`,
      )
    }
  }
  return options as Record<string, unknown>
}

/**
 * Throws unless `film` looks like a film record: an object with a text `title`.
 *
 * @param film What the caller passed as the film.
 * @param verb What the renderer does, such as `"render JSON-LD"`.
 */
export function _checkFilm(film: unknown, verb: string): void {
  if (typeof film !== 'object' || film === null || typeof (film as { title?: unknown }).title !== 'string') {
    throw new TypeError(`Cannot ${verb} with \`${_show(film)}\` for \`film\`, expected a film record with a title.`)
  }
}

/**
 * Shows a value in an error message, shortened.
 *
 * @param value Any value.
 * @returns A short text form of it.
 */
export function _show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
