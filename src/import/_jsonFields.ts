import { _clean } from './_clean.js'

/**
 * Reads a field of an API response as text, treating `"N/A"`, `""` and `null` as missing.
 *
 * @param value The raw value.
 * @returns The tidy text, or `undefined` when the value is missing.
 */
export function _field(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const text = _clean(value)
  return text === undefined || /^n\/?a$/i.test(text) ? undefined : text
}

/**
 * Splits a comma-joined list ("Action, Comedy, Horror"), keeping commas inside parentheses.
 *
 * @param text The list.
 * @returns The items, tidy and non-empty.
 */
export function _splitList(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let current = ''
  for (const char of text) {
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if (char === ',' && depth === 0) {
      items.push(current)
      current = ''
    } else current += char
  }
  items.push(current)
  return items.map((item) => item.trim()).filter(Boolean)
}

/**
 * Reads a running time such as "142 min", "2 h 22 min" or "1h 57m".
 *
 * @param text The running time.
 * @returns Whole minutes, or `undefined` when the text is not a running time.
 */
export function _runtimeMinutes(text: string): number | undefined {
  const match = /^(?:(\d+)\s*h(?:ours?|rs?)?\.?\s*)?(?:(\d+)\s*m(?:in(?:utes?|s)?)?\.?)?$/i.exec(text.trim())
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)
  return minutes >= 1 ? minutes : undefined
}
