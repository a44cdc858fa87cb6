/**
 * Adds items to the end of a list, as `list.push(...items)` does, without passing them as
 * arguments: a spread of some hundred thousand items overflows the call stack.
 *
 * @param list The list to add to.
 * @param items The items, in order.
 */
export function _append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item)
}
