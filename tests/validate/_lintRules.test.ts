import { describe, expect, it } from 'vitest'
import { _LINT_RULES } from '../../src/validate/_lintRules.js'

const context = { today: '2024-05-01', runtime: { min: 1, max: 600 } }
const duplicateCast = (cast: unknown[]) => _LINT_RULES['duplicate-cast']?.(JSON.parse(JSON.stringify({ title: 'T', cast })), context)

describe('duplicate-cast', () => {
  it('finds a credit repeated up to case and surrounding spaces, pointing at the first', () => {
    const found = duplicateCast([{ name: 'Ana', character: 'Rose' }, { name: 'Ben' }, { name: ' ana ', character: 'ROSE ' }, { name: 'ben' }, { name: 'Ana' }])
    expect(found?.map((finding) => [finding.segments, finding.message])).toEqual([
      [['cast', 2, 'name'], ' ana  as ROSE  is listed in the cast twice (also cast.0).'],
      [['cast', 3, 'name'], 'ben is listed in the cast twice (also cast.1).'],
    ])
  })

  it('compares whole name|character keys, so a bar in a name can match a bar in a character', () => {
    const found = duplicateCast([{ name: 'A|b', character: 'c' }, { name: 'a', character: 'B|C' }])
    expect(found?.map((finding) => finding.segments)).toEqual([['cast', 1, 'name']])
  })

  it('finds a repeat among credits that start and end alike, and none among credits that only do', () => {
    const found = duplicateCast([{ name: 'Ana', character: 'Rose' }, { name: 'Abe', character: 'Rose' }, { name: 'Bo' }, { name: 'aNA', character: 'rOSE' }])
    expect(found?.map((finding) => finding.message)).toEqual(['aNA as rOSE is listed in the cast twice (also cast.0).'])
    expect(duplicateCast([{ name: 'Ana', character: 'Rose' }, { name: 'Abe', character: 'Rose' }, { name: 'Ava', character: 'Ruth' }])).toEqual([])
  })

  it('finds repeats in a long cast too', () => {
    const cast = Array.from({ length: 40 }, (_, index) => ({ name: `Actor ${index % 35}` }))
    expect(duplicateCast(cast)?.map((finding) => finding.message)).toEqual(
      [0, 1, 2, 3, 4].map((index) => `Actor ${index} is listed in the cast twice (also cast.${index}).`),
    )
  })
})
