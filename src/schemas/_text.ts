import * as v from 'valibot'

// Note: one pattern rather than `trim()`, because a record is checked, never rewritten.
const TRIMMED = /^\S(?:[\s\S]*\S)?$/

/**
 * Creates a schema for a non-empty string with no leading or trailing white space.
 *
 * @param description What the string holds, for the JSON Schema.
 * @returns A string schema.
 */
export function _text(description: string) {
  return v.pipe(
    v.string(),
    v.regex(TRIMMED, 'Expected text that is not empty and has no leading or trailing spaces'),
    v.description(description),
  )
}

/**
 * Creates a schema for a non-empty list.
 *
 * @param item The schema of one item.
 * @param description What the list holds, for the JSON Schema.
 * @returns An array schema.
 */
export function _list<TItem extends v.GenericSchema>(item: TItem, description: string) {
  return v.pipe(
    v.array(item),
    v.minLength(1, 'Expected at least one item; leave the field out instead of an empty list'),
    v.description(description),
  )
}
