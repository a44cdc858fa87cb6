import { isScalar, visit, type Document } from 'yaml'

/**
 * Finds keys repeated within one YAML mapping, in linear time. The YAML parser's own check
 * compares each key with every earlier one, which takes 14 seconds on 48,000 keys, so readers
 * parse with `uniqueKeys: false` and call this instead.
 *
 * @param document A parsed YAML document.
 * @returns The offset of each repeated key, in document order.
 */
export function _yamlDuplicateKeys(document: Document): number[] {
  const offsets: number[] = []
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        if (!isScalar(key) || key.value === '<<') continue
        if (seen.has(key.value)) offsets.push(key.range?.[0] ?? 0)
        else seen.add(key.value)
      }
    },
  })
  return offsets
}
