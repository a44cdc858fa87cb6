import * as v from 'valibot'

interface Scaled {
  value: number
  best?: number
  worst?: number
}

/** The scales whose bounds the JSON Schema spells out (it cannot compare two fields in general). */
const COMMON_BEST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100]
const COMMON_WORST = [0, 1]

/**
 * JSON Schema clauses that bound `value` by `best` and `worst` for the common scales, so that
 * validators using the committed JSON Schema reject "11 out of 10" as reelmark does.
 */
const scaleClauses = [
  ...COMMON_BEST.map((best) => ({
    if: { properties: { best: { type: 'number', const: best } }, required: ['best'] },
    then: { properties: { value: { type: 'number', maximum: best } } },
  })),
  ...COMMON_WORST.map((worst) => ({
    if: { properties: { worst: { type: 'number', const: worst } }, required: ['worst'] },
    then: { properties: { value: { type: 'number', minimum: worst } } },
  })),
]

/**
 * Tells whether a rating lies on its own scale.
 *
 * @param rating The rating with its optional bounds.
 * @returns Whether `worst <= value <= best` holds for the bounds that are given.
 */
export function _isOnScale(rating: Partial<Scaled>): boolean {
  const { value, best, worst } = rating
  if (typeof value !== 'number') return true
  if (typeof best === 'number' && value > best) return false
  if (typeof worst === 'number' && value < worst) return false
  if (typeof best === 'number' && typeof worst === 'number' && worst >= best) return false
  return true
}

/**
 * Words the issue for a rating off its scale.
 *
 * @param issue The issue, whose input is the rating.
 * @returns A full sentence.
 */
export function _scaleMessage(issue: v.BaseIssue<unknown>): string {
  const { value, best, worst } = issue.input as Scaled
  return `Expected a rating between ${worst ?? 'any'} and ${best ?? 'any'} (worst below best), but received ${value}`
}

/**
 * Carries the JSON Schema clauses for the common scales into the generated schema.
 *
 * @returns A metadata action for the rating's pipe.
 */
export function _scaleMetadata<TInput>() {
  return v.metadata<TInput, { allOf: typeof scaleClauses }>({ allOf: scaleClauses })
}
