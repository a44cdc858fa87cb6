import type { Film, Runtime } from '../schemas/index.js'

/**
 * Picks the running time to show: the first one without a note (the usual cut), else the first.
 *
 * @param film The film.
 * @returns The runtime, or `undefined` when the film has none.
 */
export function _pickRuntime(film: Film): Runtime | undefined {
  return film.runtimes?.find((runtime) => runtime.note === undefined) ?? film.runtimes?.[0]
}
