import * as v from 'valibot'

/** ISO 8601 calendar date, full or partial: `"1985-03-08"`, `"1985-03"` or `"1985"`. */
export type IsoDate = string

// Note: the pattern knows month lengths but not leap years; `isRealIsoDate` adds those, and the
// JSON Schema carries the pattern alone.
const ISO_DATE =
  /^\d{4}(?:-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12]\d|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12]\d|30))?|02(?:-(?:0[1-9]|1\d|2\d))?))?$/

/**
 * Tells whether a string is an ISO 8601 calendar date (full or partial) that exists.
 *
 * @param value The string to check.
 * @returns Whether it is a real date such as `"1985-03-08"`, `"1985-03"` or `"1985"`.
 */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  if (value.length < 10 || !value.endsWith('-02-29')) return true
  const year = Number(value.slice(0, 4))
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Schema of an {@link IsoDate}. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'Expected an ISO 8601 date such as "1985-03-08", "1985-03" or "1985"'),
  // Note: a string the pattern rejects is reported once, by the pattern. Only a 29 February can
  // name a day the calendar lacks, so other dates pass without running the pattern again.
  v.check((value) => value.length < 10 || !value.endsWith('-02-29') || !ISO_DATE.test(value) || isRealIsoDate(value), 'Expected a date that exists in the calendar'),
  v.description('ISO 8601 calendar date, full or partial: "1985-03-08", "1985-03" or "1985".'),
) satisfies v.GenericSchema<IsoDate>
