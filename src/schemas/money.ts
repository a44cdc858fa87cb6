import * as v from 'valibot'
import { CurrencyCodeSchema } from './currencyCode.js'

/** An amount of money in one currency, never converted. */
export interface Money {
  /** Whole units of the currency: `42400000`, not `"42.4M"`. */
  amount: number
  /** ISO 4217 currency code, such as `"USD"`. */
  currency: string
  /** How the source qualified the amount: "about $8.5 million", "over $48 million". */
  qualifier?: 'about' | 'over' | 'under'
}

/** The entries shared by {@link MoneySchema} and the gross schema. */
export const _moneyEntries = {
  amount: v.pipe(
    v.number(),
    v.finite('Expected a finite amount'),
    v.minValue(0, 'Expected an amount of zero or more'),
    v.description('Whole units of the currency: 42400000, not "42.4M".'),
  ),
  currency: CurrencyCodeSchema,
  qualifier: v.exactOptional(
    v.pipe(
      v.picklist(['about', 'over', 'under'], 'Expected "about", "over" or "under"'),
      v.description('How the source qualified the amount.'),
    ),
  ),
}

/** Schema of {@link Money}. */
export const MoneySchema = v.pipe(
  v.strictObject(_moneyEntries),
  v.description('An amount of money in one currency, never converted.'),
) satisfies v.GenericSchema<Money>
