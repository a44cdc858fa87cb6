import type { Severity } from '../message.js'

/** A problem found in one record, without a place in a source text. */
export interface FilmIssue {
  /** How serious it is: `"error"` or `"warning"`. */
  severity: Severity
  /** A stable id, such as `"invalid-type"`, `"syntax-error"` or `"duplicate-film"`. */
  rule: string
  /** A full sentence. */
  message: string
  /** Dot path in the record, such as `"cast.3.character"`; `""` for the record itself. */
  path: string
  /** JSON Pointer into the file's data, such as `"/films/2/year"`. */
  pointer: string
  /** 1-based number of the record in the file; `0` when the problem is not in one record. */
  record: number
}

/** A problem found in a dataset file, at its place in that file. */
export interface ValidationIssue extends FilmIssue {
  /** 1-based line in the file. */
  line: number
  /** 1-based column in the file. */
  column: number
}

/** What validating one file found. */
export interface FileReport {
  /** The file, as it was named. */
  path: string
  /** How many records it holds (with a shard: how many of them this shard checked). */
  records: number
  /** Every problem, in file order. */
  issues: ValidationIssue[]
}
