/** A 1-based place in a text. */
export interface _Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
}

/**
 * Prepares a lookup from offsets to 1-based line and column: the line starts are found once, then
 * each lookup is a binary search.
 *
 * @param text The whole input text.
 * @returns A function that turns a 0-based offset into a line and column.
 */
export function _positions(text: string): (offset: number) => _Point {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1)
  }
  return (offset) => _pointAt(starts, Math.max(0, Math.min(offset, text.length)))
}

/**
 * The 1-based line and column of an offset, from the offsets where lines start, by binary search.
 *
 * @param starts Offsets where lines start, ascending, the first 0.
 * @param offset A 0-based offset, not before the first start.
 * @returns Its line and column.
 */
export function _pointAt(starts: readonly number[], offset: number): _Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - starts[low]! + 1 }
}
