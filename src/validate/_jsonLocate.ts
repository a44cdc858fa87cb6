import type { AnyNode, DocumentNode, MemberNode } from '@humanwhocodes/momoa'

/** A 1-based place in a text. */
export interface Place {
  line: number
  column: number
}

/**
 * Finds where a value sits in a parsed JSON document.
 *
 * @param document The momoa document of the file.
 * @param segments The path from the document's root: keys and array indexes.
 * @param atKey Point at the last key rather than its value (for unknown fields).
 * @returns The value's place or, for a key the value lacks, the place of the nearest value that
 *   should hold it.
 */
export function _jsonLocate(
  document: DocumentNode,
  segments: readonly (string | number)[],
  atKey = false,
): Place {
  let node: AnyNode = document.body
  for (const [index, segment] of segments.entries()) {
    let next: AnyNode | undefined
    if (node.type === 'Object') {
      const member: MemberNode | undefined = node.members.find(
        (candidate) => keyOf(candidate) === String(segment),
      )
      next = atKey && index === segments.length - 1 ? member?.name : member?.value
    } else if (node.type === 'Array' && typeof segment === 'number') {
      next = node.elements[segment]?.value
    }
    if (!next) break
    node = next
  }
  return { line: node.loc.start.line, column: node.loc.start.column }
}

function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}
