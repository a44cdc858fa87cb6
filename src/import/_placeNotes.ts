import { parse as parseJsonTree, type AnyNode, type MemberNode } from '@humanwhocodes/momoa'
import type { Message } from '../message.js'
import type { _InputPath, _Note } from './_note.js'

/**
 * Turns notes into messages, giving each the line and column in the JSON text it points to.
 *
 * @param notes The notes, each knowing its place in the input value.
 * @param text The JSON text the value was read from; without it, messages carry no position.
 * @returns The messages, in the same order.
 */
export function _placeNotes(notes: readonly _Note[], text?: string): Message[] {
  let root: AnyNode | undefined
  if (text !== undefined && notes.some((note) => note.at)) {
    try {
      root = parseJsonTree(text).body
    } catch {
      root = undefined
    }
  }
  return notes.map(({ at, ...message }) => {
    if (!root || !at || message.line !== undefined) return message
    const node = _locate(root, at)
    return { ...message, line: node.loc.start.line, column: node.loc.start.column }
  })
}

function _locate(root: AnyNode, at: _InputPath): AnyNode {
  let node = root
  for (const segment of at) {
    let next: AnyNode | undefined
    if (node.type === 'Object') {
      next = node.members.find((member: MemberNode) => _key(member) === String(segment))?.value
    } else if (node.type === 'Array' && typeof segment === 'number') {
      next = node.elements[segment]?.value
    }
    if (!next) break
    node = next
  }
  return node
}

function _key(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}
