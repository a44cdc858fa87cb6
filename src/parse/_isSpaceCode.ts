// The code units `\s` matches past ASCII.
const WIDE_SPACE = /[^\S\x00-\x7f]/

/** Whether a code unit is white space of `\s`, read without a search for the ASCII ones. */
export function _isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return WIDE_SPACE.test(String.fromCharCode(code))
}
