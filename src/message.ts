/** How serious a message is. */
export type Severity = 'error' | 'warning' | 'info'

/** Something a parser, renderer or validator has to say about its input. */
export interface Message {
  /** How serious it is. */
  severity: Severity
  /** A stable id, such as `"missing-title"`, `"empty-value"` or `"conflict"`. */
  rule: string
  /** A full sentence. */
  message: string
  /** 1-based line in the input text. */
  line?: number
  /** 1-based column in the input text. */
  column?: number
  /** Where in the record, such as `"runtimes"` or `"cast.3.character"`. */
  path?: string
}

/** What a parser returns: the record it could read, and what it has to say. */
export interface ParseResult<T> {
  /** The record, or `undefined` when nothing could be read. */
  value: T | undefined
  /** Errors, warnings and notes, in input order. */
  messages: Message[]
}
