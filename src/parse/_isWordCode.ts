/** Whether a code unit is a word character of `\b` and `\w` without the `u` flag: `[A-Za-z0-9_]`. */
export function _isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
}
