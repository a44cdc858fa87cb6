import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { _eachRawLine } from '../../src/validate/_eachRawLine.js'

async function lines(text: string | Buffer): Promise<[number, string][]> {
  const path = join(mkdtempSync(join(tmpdir(), 'reelmark-lines-')), 'lines.jsonl')
  writeFileSync(path, text)
  const out: [number, string][] = []
  await _eachRawLine(path, (buffer, start, end, number) => {
    out.push([number, buffer.toString('utf8', start, end)])
  })
  return out
}

describe('_eachRawLine', () => {
  it('splits on \\n and \\r\\n, keeps blank lines and a last line without a break', async () => {
    expect(await lines('a\r\nb\n\n\r\nc')).toEqual([[1, 'a'], [2, 'b'], [3, ''], [4, ''], [5, 'c']])
  })

  it('hands over nothing for an empty file and no extra line after a final break', async () => {
    expect(await lines('')).toEqual([])
    expect(await lines('a\n')).toEqual([[1, 'a']])
    expect(await lines('a\r')).toEqual([[1, 'a']])
  })

  it('reads lines longer than its buffer and lines across chunk ends whole', async () => {
    const long = 'x'.repeat(3_000_000)
    const short = 'é'.repeat(400_000)
    const text = `${short}\n${long}\n${short}\n`
    const read = await lines(text)
    expect(read.map(([number, line]) => [number, line.length])).toEqual([[1, 400_000], [2, 3_000_000], [3, 400_000]])
    expect(read[2]?.[1]).toBe(short)
  })
})
