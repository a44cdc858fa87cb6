import type { _Field } from './_labels.js'

/**
 * Names the Film property a label's field fills, for the `path` of a message.
 *
 * @param field The field.
 * @returns The property name, as "releaseDates" for "releaseDate".
 */
export function _fieldPath(field: _Field): string {
  return field === 'releaseDate' ? 'releaseDates' : field === 'runtime' ? 'runtimes' : field === 'gross' ? 'grosses' : field === 'rating' ? 'ratings' : field
}
