import { _clean } from './_clean.js'

/** A JSON-LD node: a plain object. */
export type _Node = Record<string, unknown>

/**
 * Tells whether a value is a JSON object.
 *
 * @param value Any value.
 * @returns Whether it is a non-array object.
 */
export function _isNode(value: unknown): value is _Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Lists a node's types without their vocabulary prefix: "schema:Movie" and
 * "http://schema.org/Movie" both become "Movie".
 *
 * @param node The node.
 * @returns Its types.
 */
export function _types(node: _Node): string[] {
  return _list(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/, ''))
}

/**
 * Treats one value or an array of values alike.
 *
 * @param value A value, an array, or nothing.
 * @returns The values as an array.
 */
export function _list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/**
 * Reads a text value: a string, a number, or a value object such as `{ "@value": "Alien" }`.
 *
 * @param value The raw value.
 * @returns The tidy text, or `undefined`.
 */
export function _textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return _clean(value)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (_isNode(value) && '@value' in value) return _textOf(value['@value'])
  return undefined
}

/**
 * Reads a name: text, or the `name` of a node such as a Person, Country or Language.
 *
 * @param value The raw value.
 * @returns The name, or `undefined`.
 */
export function _nameOf(value: unknown): string | undefined {
  return _isNode(value) && !('@value' in value) ? _textOf(_list(value.name)[0]) : _textOf(value)
}

/**
 * Finds every node with an `@id` in a document, so that references such as
 * `{ "@id": "#director" }` can be followed.
 *
 * @param root The document.
 * @returns The nodes by id.
 */
export function _nodesById(root: unknown): Map<string, _Node> {
  const nodes = new Map<string, _Node>()
  const visit = (value: unknown, depth: number): void => {
    if (depth > 20) return
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1)
    else if (_isNode(value)) {
      const id = value['@id']
      if (typeof id === 'string' && Object.keys(value).length > 1 && !nodes.has(id)) nodes.set(id, value)
      for (const item of Object.values(value)) visit(item, depth + 1)
    }
  }
  visit(root, 0)
  return nodes
}

/**
 * Follows a reference such as `{ "@id": "#director" }` to the node it names, when the document
 * has it.
 *
 * @param value The raw value.
 * @param nodes The document's nodes by id.
 * @returns The node referred to, or the value itself.
 */
export function _deref(value: unknown, nodes: Map<string, _Node>): unknown {
  if (!_isNode(value) || Object.keys(value).length !== 1 || typeof value['@id'] !== 'string') return value
  return nodes.get(value['@id']) ?? value
}
