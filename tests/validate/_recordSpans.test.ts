import { parse as parseJsonTree, type ArrayNode, type ObjectNode } from '@humanwhocodes/momoa'
import { describe, expect, it } from 'vitest'
import { _placeCounter, _recordSpans } from '../../src/validate/_recordSpans.js'

/** Where momoa, reading the whole document, puts each record's start. */
function treeStarts(text: string, wrapped: boolean) {
  const body = parseJsonTree(text).body
  const array = wrapped
    ? ((body as ObjectNode).members.filter((member) => member.name.type === 'String' && member.name.value === 'films').at(-1)?.value as ArrayNode)
    : (body as ArrayNode)
  return array.elements.map(({ value }) => value.loc.start)
}

function check(text: string, wrapped: boolean) {
  const data = JSON.parse(text)
  const records = wrapped ? data.films : data
  const { starts, ends } = _recordSpans(text, wrapped)
  expect(starts.map((start, index) => JSON.parse(text.slice(start, ends[index])))).toEqual(records)
  const placeOf = _placeCounter(text)
  expect(starts.map((start) => ({ ...placeOf(start), offset: start }))).toEqual(treeStarts(text, wrapped))
}

describe('_recordSpans', () => {
  it('finds each record of an array, with brackets, commas and escaped quotes inside strings', () => {
    check('[\n  {"title": "A [1], \\"B\\" {x}", "cast": [{"name": "C"}]},\n  {"title": "D\\\\"}, 3, "e\\\\\\"]", [], {}\n]\n', false)
  })

  it('counts lines as momoa does: CRLF, a lone CR, and wide characters in columns', () => {
    check('[{"title": "\u{1F3AC} a"},\r\n {"title": "b"},\r {"title": "\u00e9"}, {"title": "c"}]', false)
  })

  it('finds the records of { "films": [...] }, the last films key winning as in JSON.parse', () => {
    check('{"name": "films", "films": [{"title": "old"}], "meta": {"films": [1]},\n "films": [\n {"title": "A"},\n {"title": "B"}\n]}', true)
  })

  it('finds no records in an empty array', () => {
    expect(_recordSpans(' [ ] ', false)).toEqual({ starts: [], ends: [] })
  })
})
