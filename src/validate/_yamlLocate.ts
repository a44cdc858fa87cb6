import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml'

/**
 * Finds where a value sits in a parsed YAML document.
 *
 * @param root The document's contents.
 * @param segments The path from the root: keys and sequence indexes.
 * @param atKey Point at the last key rather than its value (for unknown fields).
 * @returns The offset in the text of the value or, for a key the value lacks, of the nearest
 *   node that should hold it.
 */
export function _yamlLocate(root: Node, segments: readonly (string | number)[], atKey: boolean): number {
  let node: unknown = root
  for (const [index, segment] of segments.entries()) {
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && String(isScalar(item.key) ? item.key.value : item.key) === String(segment),
      )
      next = atKey && index === segments.length - 1 ? pair?.key : pair?.value
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment]
    }
    if (!next || !(next as Node).range) break
    node = next
  }
  return (node as Node).range?.[0] ?? 0
}
