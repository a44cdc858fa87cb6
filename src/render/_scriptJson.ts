const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * Writes a value as JSON that is safe as the text of an HTML `<script>` element: `<`, `>`, `&`,
 * U+2028 and U+2029 become `\u003c`-style escapes, which `JSON.parse` reads back unchanged.
 *
 * @param value Any JSON value.
 * @param indent Spaces per level, 0 for one line.
 * @returns The JSON text.
 */
export function _scriptJson(value: unknown, indent: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (character) => ESCAPES[character] ?? character)
}
