import type { RenderFormat } from '../render/renderAs.js'
import { CliError } from './_cliError.js'

/**
 * Checks the `--to` and `--width` flags of a command that renders films.
 *
 * @param verb The command, for messages: "parse", "render".
 * @param to The `--to` value.
 * @param formats The formats the command writes.
 * @param width The `--width` value, as typed.
 * @returns The format and the width, a whole number from 24 to 400 when given.
 */
export function _renderFlags(verb: string, to: string, formats: readonly string[], width: string | undefined): { to: RenderFormat; width: number | undefined } {
  if (!formats.includes(to)) {
    throw new CliError(`Cannot ${verb} with \`${to}\` for \`--to\`, expected one of: ${formats.join(', ')}.`)
  }
  const columns = width === undefined ? undefined : Number(width)
  if (columns !== undefined && !(Number.isInteger(columns) && columns >= 24 && columns <= 400)) {
    throw new CliError(`Cannot ${verb} with \`${width}\` for \`--width\`, expected a whole number from 24 to 400.`)
  }
  return { to: to as RenderFormat, width: columns }
}
