/**
 * The limits reelmark puts on what it reads, in one place so that parsers, importers and the
 * dataset readers agree, and so that no input can exhaust memory or the call stack. Each limit is
 * documented in SECURITY.md; going past one gives a message naming it, never a crash.
 */
export const _LIMITS = {
  /** The longest text a parser reads, in characters; the rest of a longer page or review is left out with an `input-too-large` warning, and longer JSON is refused. */
  inputLength: 5_000_000,
  /** The longest file `validate` reads whole (`.json`, `.yaml`, `.yml`, `.md`), in bytes; JSON Lines, CSV and TSV are streamed and have no file limit. */
  fileBytes: 50_000_000,
  /** The longest line of a streamed JSON Lines file, in characters. */
  lineLength: 5_000_000,
  /** How deeply JSON arrays and objects may nest; a film nests 5 levels, so 64 is generous. */
  jsonDepth: 64,
  /** How deeply a markdown review may nest square brackets before it is read as plain text instead (markdown readers slow down quadratically on deep link brackets). */
  markdownBrackets: 32,
  /** How deeply YAML flow collections (`[...]`, `{...}`) may nest. */
  yamlDepth: 64,
  /** How many YAML aliases one document may resolve before it counts as an alias bomb. */
  yamlAliases: 1000,
} as const
