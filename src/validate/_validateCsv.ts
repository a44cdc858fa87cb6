import { createReadStream } from 'node:fs'
import { parse, type CsvError, type Info } from 'csv-parse'
import type { _Checker } from './_createChecker.js'
import { _csvCells, _csvItemPlace, type _CsvCell } from './_csvCells.js'
import { _CSV_COLUMNS, _csvValue, type _CsvColumn } from './_csvColumns.js'
import { _fileIssue, _toIssues, type _Locate } from './_toIssues.js'
import type { FileReport, ValidationIssue } from './validationIssue.js'
import { _append } from '../_append.js'

interface Row {
  record: string[]
  raw: string
  info: Info & { lines: number }
}

/**
 * Validates a `.csv` or `.tsv` file, one film a row under a header of documented column names,
 * streaming it so memory stays flat.
 *
 * @param path The file.
 * @param checker The checker to run on each row.
 * @param tabs Whether cells are separated by tabs (TSV, never quoted) rather than commas.
 * @returns How many rows were checked and every problem at its cell.
 */
export async function _validateCsv(path: string, checker: _Checker, tabs: boolean): Promise<FileReport> {
  const delimiter = tabs ? '\t' : ','
  const quote = tabs ? '' : '"'
  const issues: ValidationIssue[] = []
  let header: (_CsvColumn | undefined)[] | undefined
  let width = 0
  let records = 0

  const parser = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(
    parse({
      bom: true,
      delimiter,
      quote: quote || false,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  )
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    records++
    const reason = error.message.replace(/(?<!\s)\s+at line \d.*$/, '').replace(/\.?$/, '.')
    issues.push(_fileIssue('syntax-error', `The row cannot be read as CSV: ${reason}`, { line: error.lines ?? 1, column: 1 }, records))
  })

  for await (const row of parser as AsyncIterable<Row>) {
    const internal = (row.raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length
    const cells = _csvCells(row.raw, row.info.lines - internal, delimiter, quote)

    // Step: the header names the columns; unknown ones are reported and skipped.
    if (!header) {
      width = row.record.length
      header = row.record.map((name, index) => {
        const column = Object.hasOwn(_CSV_COLUMNS, name.trim()) ? _CSV_COLUMNS[name.trim()] : undefined
        if (!column) {
          const known = Object.keys(_CSV_COLUMNS).join(', ')
          issues.push(_fileIssue('unknown-column', `Unknown column ${JSON.stringify(name)}; expected one of: ${known}.`, cells[index] ?? { line: 1, column: 1 }))
        }
        return column
      })
      continue
    }

    // Step: a row of the wrong width is reported and not checked further.
    records++
    const first = cells[0] ?? { line: 1, column: 1 }
    if (row.record.length !== width) {
      const place = cells[Math.min(width, cells.length - 1)] ?? first
      const message = `The row has ${row.record.length} ${row.record.length === 1 ? 'cell' : 'cells'}, but the header has ${width}.`
      issues.push(_fileIssue('ragged-row', message, place, records))
      continue
    }

    // Step: build the film; empty cells and \N are missing values.
    const film: Record<string, unknown> = {}
    row.record.forEach((cell, index) => {
      const column = header?.[index]
      if (!column || cell === '' || cell === '\\N') return
      let target = film
      for (const key of column.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
      target[column.path.at(-1) as string] = _csvValue(column, cell)
    })
    const found = checker.check(film, path, records)
    if (found.length === 0 && !checker.onRecord) continue
    const columns = header
    const locate: _Locate = (segments) => placeOf(segments, columns, cells, first, quote)
    checker.onRecord?.(film, records, found, locate)
    if (found.length > 0) _append(issues, _toIssues(found, records, [records - 1], locate))
  }
  return { path, records, issues }
}

function placeOf(
  segments: readonly (string | number)[],
  header: readonly (_CsvColumn | undefined)[],
  cells: readonly _CsvCell[],
  row: { line: number; column: number },
  quote: string,
) {
  // Note: the longest column path that starts the issue's path names the cell.
  let best = -1
  for (const [index, column] of header.entries()) {
    if (!column || !column.path.every((key, at) => segments[at] === key)) continue
    if (best === -1 || column.path.length > (header[best]?.path.length ?? 0)) best = index
  }
  const cell = cells[best]
  if (!cell) return row
  const item = segments[header[best]?.path.length ?? 0]
  const kind = header[best]?.kind
  return typeof item === 'number' && kind !== 'money' ? _csvItemPlace(cell, item, quote) : { line: cell.line, column: cell.column }
}
