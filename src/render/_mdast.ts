import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Text } from 'mdast'

/**
 * A text node: record text always goes into one, so the serializer escapes it.
 *
 * @param value The text.
 * @returns The mdast text node.
 */
export function _text(value: string): Text {
  return { type: 'text', value }
}

/**
 * A heading of plain text.
 *
 * @param depth 1 to 6.
 * @param value The heading's text.
 * @returns The mdast heading.
 */
export function _heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [_text(value)] }
}

/**
 * A paragraph of phrasing content; a string becomes one text node.
 *
 * @param children The content.
 * @returns The mdast paragraph.
 */
export function _paragraph(...children: (PhrasingContent | string)[]): Paragraph {
  return { type: 'paragraph', children: children.map((child) => (typeof child === 'string' ? _text(child) : child)) }
}

/**
 * A tight bullet list, one paragraph per item.
 *
 * @param items Each item's paragraph, or its blocks.
 * @returns The mdast list.
 */
export function _list(items: readonly (Paragraph | BlockContent[])[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map(
      (item): ListItem => ({ type: 'listItem', spread: false, children: Array.isArray(item) ? item : [item] }),
    ),
  }
}

/**
 * A label in strong emphasis followed by its text: `**Label:** text`.
 *
 * @param label The label, without the colon.
 * @param value The text.
 * @returns The paragraph.
 */
export function _labelled(label: string, value: string): Paragraph {
  return _paragraph({ type: 'strong', children: [_text(`${label}:`)] }, ` ${value}`)
}
