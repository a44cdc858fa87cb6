import * as v from 'valibot'
import { IsoDateSchema, type IsoDate } from './isoDate.js'
import { _moneyEntries, type Money } from './money.js'
import { RegionCodeSchema } from './regionCode.js'

/** Box-office takings: an amount, where and over what span. */
export interface Gross extends Money {
  /** ISO 3166-1 alpha-2 region: `"(USA)"` becomes `"US"`. */
  region?: string
  /** What the amount covers. */
  scope?: 'domestic' | 'worldwide' | 'opening-weekend'
  /** The date the figure was reported for. */
  date?: IsoDate
}

/** Schema of a {@link Gross}. */
export const GrossSchema = v.pipe(
  v.strictObject({
    ..._moneyEntries,
    region: v.exactOptional(RegionCodeSchema),
    scope: v.exactOptional(
      v.pipe(
        v.picklist(
          ['domestic', 'worldwide', 'opening-weekend'],
          'Expected "domestic", "worldwide" or "opening-weekend"',
        ),
        v.description('What the amount covers.'),
      ),
    ),
    date: v.exactOptional(IsoDateSchema),
  }),
  v.description('Box-office takings: an amount, where and over what span.'),
) satisfies v.GenericSchema<Gross>
