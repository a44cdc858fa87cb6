import { parse as parseJsonTree } from '@humanwhocodes/momoa'
import { describe, expect, it } from 'vitest'
import { _jsonLocate } from '../../src/validate/_jsonLocate.js'
import { _jsonTextLocator } from '../../src/validate/_jsonTextLocate.js'

const texts = [
  '{"title":"Mask","year":"1994","cast":[{"name":"Ana"},{"name":"Ben","extra":true}],"n":-1.5e3,"z":null}',
  ' {\r\n  "title" : "Mask" ,\r\n  "cast" : [ { "name" : "Ana" } ,\n { "name" : "Ben\\"s", "x" : [ [ 1 , 2 ] , { } ] } ]\r}\n',
  '{"a\\u0062c":1,"t\\"x":{"k":[]},"dup":1,"dup":{"deep":[0,"é\u{1F3AC}",{"in":"]}\\\\"}]},"after":false}',
  '[{"title":"One"},{"title":"Two","year":"x"}]',
  '{"emoji":"\u{1F3AC}\u{1F3AC}","year":true,"\\u00e9":[{},[],"",0]}',
]

const paths: (string | number)[][] = [
  [],
  ['title'],
  ['year'],
  ['cast', 1, 'name'],
  ['cast', 1, 'extra'],
  ['cast', 1, 'x', 0, 1],
  ['cast', 1, 'x', 1],
  ['cast', 5, 'name'],
  ['cast', 'name'],
  ['abc'],
  ['t"x', 'k', 0],
  ['dup'],
  ['dup', 'deep', 2, 'in'],
  ['after'],
  [1, 'year'],
  [1, 'title'],
  [0],
  ['n'],
  ['z', 'q'],
  ['é', 3],
  ['é', 1, 0],
  ['emoji'],
  ['missing', 'more'],
]

describe('_jsonTextLocator', () => {
  it('finds every path where the momoa document says it is, keys and values, found or not', () => {
    for (const text of texts) {
      const document = parseJsonTree(text)
      const locate = _jsonTextLocator(text)
      for (const segments of paths) {
        for (const atKey of [false, true]) {
          expect([text, segments, atKey, locate(segments, atKey)]).toEqual([text, segments, atKey, _jsonLocate(document, segments, atKey)])
        }
      }
    }
  })
})
