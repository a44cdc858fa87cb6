import type { Severity } from '../message.js'

/** A problem found in one record, before it is given a place in the file. */
export interface _Found {
  /** How serious it is. */
  severity: Severity
  /** The rule's stable id. */
  rule: string
  /** A full sentence. */
  message: string
  /** The path from the record's root: keys and array indexes. */
  segments: (string | number)[]
  /** Point at the last key rather than its value (for unknown fields). */
  atKey: boolean
}
