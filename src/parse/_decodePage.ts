/**
 * Decodes the bytes of a page: by its byte order mark, else by the charset its `<meta>` or XML
 * declaration names, else as UTF-8, falling back to Windows-1252 when the bytes are not UTF-8.
 *
 * @param bytes The file's bytes.
 * @returns The text.
 */
export function _decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes)
    } catch {
      // Note: an unknown charset name falls through to UTF-8.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
