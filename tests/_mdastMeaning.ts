/**
 * Strips an mdast tree down to what the markdown means: no positions or serializer choices
 * (`spread`, `start`, `checked`), adjacent text merged.
 *
 * @param node A tree, a node or a list of nodes.
 * @returns The same shape without those details.
 */
export function mdastMeaning(node: any): any {
  if (Array.isArray(node)) {
    const merged: any[] = []
    for (const child of node.map(mdastMeaning)) {
      const last = merged.at(-1)
      if (last?.type === 'text' && child.type === 'text') last.value += child.value
      else merged.push(child)
    }
    return merged
  }
  if (node === null || typeof node !== 'object') return node
  const { position: _position, spread: _spread, start: _start, checked: _checked, ...rest } = node
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, mdastMeaning(value)]))
}
