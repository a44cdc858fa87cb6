/** The records a dataset document holds, and the path from the document's root to them. */
export interface _Records {
  records: unknown[]
  /** `[]` for an array, `["films"]` for `{ "films": [...] }`, `undefined` for one film. */
  prefix: string[] | undefined
}

/**
 * Finds the records of a JSON or YAML document: one film, an array of films, or
 * `{ "films": [...] }` (an object with a `title` is a film, whatever else it holds).
 *
 * @param data The parsed document.
 * @returns The records and where they live.
 */
export function _recordsOf(data: unknown): _Records {
  if (Array.isArray(data)) return { records: data, prefix: [] }
  const films = typeof data === 'object' && data !== null && !('title' in data) ? (data as { films?: unknown }).films : undefined
  return Array.isArray(films) ? { records: films, prefix: ['films'] } : { records: [data], prefix: undefined }
}
