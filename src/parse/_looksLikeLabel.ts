/**
 * Tells whether an unknown label looks like one a fact page means ("Sound Mix: Dolby"), rather
 * than a colon inside prose or a link.
 *
 * @param name The label as written.
 * @param value The text after the colon.
 * @returns Whether the label is worth reporting as unknown.
 */
export function _looksLikeLabel(name: string, value: string): boolean {
  return name.split(' ').length <= 4 && /^\p{Lu}/u.test(name) && !/^\/\//.test(value) && !/^\d/.test(name)
}
