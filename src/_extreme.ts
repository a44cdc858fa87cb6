/**
 * The smallest or largest of some numbers, as `Math.min(...numbers)` and `Math.max(...numbers)`
 * give it (`NaN` if any is `NaN`, `Infinity` or `-Infinity` for none), without passing them as
 * arguments: a spread of some hundred thousand numbers overflows the call stack.
 *
 * @param numbers The numbers.
 * @param which `'min'` or `'max'`.
 * @returns The smallest or largest.
 */
export function _extreme(numbers: Iterable<number>, which: 'min' | 'max'): number {
  let result = which === 'min' ? Infinity : -Infinity
  for (const number of numbers) result = which === 'min' ? Math.min(result, number) : Math.max(result, number)
  return result
}
