import { describe, expect, it } from 'vitest'
import { _append } from '../src/_append.js'
import { _extreme } from '../src/_extreme.js'

// Note: far more than a spread into arguments survives; `push(...items)` throws a RangeError here.
const MANY = 500_000

describe('_append', () => {
  it('adds every item in order, however many', () => {
    const list = [-1]
    const items = Array.from({ length: MANY }, (_, index) => index)
    _append(list, items)
    expect(list.length).toBe(MANY + 1)
    expect([list[0], list[1], list.at(-1)]).toEqual([-1, 0, MANY - 1])
  })
})

describe('_extreme', () => {
  it('gives what Math.min and Math.max give, however many numbers', () => {
    const numbers = Array.from({ length: MANY }, (_, index) => (index * 7919) % MANY)
    expect(_extreme(numbers, 'min')).toBe(0)
    expect(_extreme(numbers, 'max')).toBe(MANY - 1)
    expect(_extreme(new Set([3, -2, 9]), 'max')).toBe(9)
    expect(_extreme([], 'min')).toBe(Infinity)
    expect(_extreme([], 'max')).toBe(-Infinity)
    expect(_extreme([1, Number.NaN, 3], 'min')).toBeNaN()
  })
})
