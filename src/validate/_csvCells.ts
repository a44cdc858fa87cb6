import type { Place } from './_jsonLocate.js'

/** One cell of a CSV row as written: where it starts and its raw text. */
export interface _CsvCell extends Place {
  /** The cell as written, quotes included. */
  raw: string
}

/**
 * Finds where each cell of a row starts, so problems point at the cell rather than the row.
 *
 * @param raw The row as written, as the CSV parser read it.
 * @param line The row's first line in the file.
 * @param delimiter The cell delimiter.
 * @param quote The quote character, or `""` when cells are never quoted.
 * @returns One entry per cell, in order.
 */
export function _csvCells(raw: string, line: number, delimiter: string, quote: string): _CsvCell[] {
  const cells: _CsvCell[] = []
  let start = 0
  let startPlace: Place = { line, column: 1 }
  let current = { line, column: 1 }
  let quoted = false
  const text = raw.replace(/\r?\n$/, '')
  for (let index = 0; index <= text.length; index++) {
    const char = text[index]
    if (index === text.length || (!quoted && char === delimiter)) {
      cells.push({ ...startPlace, raw: text.slice(start, index) })
      start = index + 1
      startPlace = { line: current.line, column: current.column + 1 }
    } else if (quote && char === quote) {
      quoted = !quoted
    }
    if (char === '\n') current = { line: current.line + 1, column: 1 }
    else current = { line: current.line, column: current.column + 1 }
  }
  return cells
}

/**
 * Finds where the n-th `;`-separated item of a cell starts.
 *
 * @param cell The cell.
 * @param item The 0-based item number.
 * @param quote The quote character, or `""`.
 * @returns The item's place; the cell's when the item cannot be found.
 */
export function _csvItemPlace(cell: _CsvCell, item: number, quote: string): Place {
  if (cell.raw.includes('\n')) return cell
  const opened = quote !== '' && cell.raw.startsWith(quote) ? 1 : 0
  let offset = opened
  for (let index = 0; index < item; index++) {
    const next = cell.raw.indexOf(';', offset)
    if (next === -1) return cell
    offset = next + 1
  }
  while (cell.raw[offset] === ' ') offset++
  return { line: cell.line, column: cell.column + offset }
}
