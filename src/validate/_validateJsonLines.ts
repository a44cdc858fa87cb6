import type { _Checker } from './_createChecker.js'
import { _eachRawLine } from './_eachRawLine.js'
import { _jsonTextLocator } from './_jsonTextLocate.js'
import { _openingBrackets } from './_openingBrackets.js'
import type { Shard } from './_shard.js'
import { _fileIssue, _toIssues, type _Locate } from './_toIssues.js'
import { _LIMITS } from '../_limits.js'
import { _jsonSyntaxError, _jsonTooDeep } from './_validateJson.js'
import type { FileReport, ValidationIssue } from './validationIssue.js'
import { _append } from '../_append.js'

/**
 * Validates a `.jsonl` or `.ndjson` file, one film a line, streaming it so memory stays flat.
 *
 * @param path The file.
 * @param checker The checker to run on each record.
 * @param shard With a shard, only records whose 0-based number modulo `count` is `index - 1`.
 * @returns How many records were checked and every problem at its line and column.
 */
export async function _validateJsonLines(path: string, checker: _Checker, shard?: Shard): Promise<FileReport> {
  const issues: ValidationIssue[] = []
  let records = 0
  let checked = 0
  await _eachRawLine(path, (buffer, start, end, number) => {
    // Note: a line that opens with `{` is neither blank nor behind a byte order mark, so the common
    // line is decoded once, right before it is parsed, and skipped lines are never decoded.
    let line: string | undefined
    if (buffer[start] !== 0x7b) {
      const raw = buffer.toString('utf8', start, end)
      line = number === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
      if (line.trim() === '') return
    }
    records++
    if (shard && (records - 1) % shard.count !== shard.index - 1) return
    checked++
    // Note: a UTF-8 line has no more characters than bytes, so only a long one is measured.
    if (end - start > _LIMITS.lineLength) {
      line ??= buffer.toString('utf8', start, end)
      if (line.length > _LIMITS.lineLength) {
        const message = `Line ${number} is ${line.length} characters long; reelmark reads lines of at most ${_LIMITS.lineLength}.`
        issues.push(_fileIssue('input-too-large', message, { line: number, column: 1 }, records))
        return
      }
    }
    line ??= buffer.toString('utf8', start, end)
    // Note: a line needs more opening brackets than the limit to nest past it; counting bytes costs
    // a fraction of the scan that skips strings, so only a line with that many is scanned.
    if (_openingBrackets(buffer, start, end) > _LIMITS.jsonDepth) {
      const tooDeep = _jsonTooDeep(line, number - 1)
      if (tooDeep) {
        issues.push({ ...tooDeep, record: records })
        return
      }
    }
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      const { message, place } = _jsonSyntaxError(line)
      issues.push(_fileIssue('syntax-error', `Line ${number} is not valid JSON: ${message}`, { line: number, column: place.column }, records))
      return
    }
    const found = checker.check(value, path, records)
    if (found.length === 0 && !checker.onRecord) return
    // Note: only a failing line is read again, to find positions.
    const locator = _jsonTextLocator(line)
    const locate: _Locate = (segments, atKey) => {
      const place = locator(segments, atKey)
      return { line: number + place.line - 1, column: place.column }
    }
    checker.onRecord?.(value, records, found, locate)
    if (found.length > 0) _append(issues, _toIssues(found, records, [records - 1], locate))
  })
  return { path, records: checked, issues }
}
