import type { Message, Severity } from '../message.js'

/** A path into the input: object keys and array indexes. */
export type _InputPath = readonly (string | number)[]

/** A message that still knows where in the input it points, to be placed in the text later. */
export interface _Note extends Message {
  /** Where in the input value the message points. */
  at?: _InputPath
}

/**
 * Adds a message to a list of notes.
 *
 * @param notes The list to add to.
 * @param severity How serious it is.
 * @param rule The stable rule id.
 * @param message A full sentence.
 * @param at Where in the input it points.
 * @param path Where in the record it points.
 */
export function _note(
  notes: _Note[],
  severity: Severity,
  rule: string,
  message: string,
  at?: _InputPath,
  path?: string,
): void {
  const note: _Note = { severity, rule, message }
  if (path !== undefined) note.path = path
  if (at !== undefined) note.at = at
  notes.push(note)
}
