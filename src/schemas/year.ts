import * as v from 'valibot'

/** The first and last years a film record may carry. */
export const YEAR_RANGE = { min: 1870, max: 2100 } as const

/** Schema of a year: a whole number from 1870 to 2100. */
export const YearSchema = v.pipe(
  v.number(),
  v.integer('Expected a whole year such as 1985'),
  v.minValue(YEAR_RANGE.min, `Expected a year from ${YEAR_RANGE.min} on`),
  v.maxValue(YEAR_RANGE.max, `Expected a year up to ${YEAR_RANGE.max}`),
  v.description('A year, 1870 to 2100.'),
) satisfies v.GenericSchema<number>
