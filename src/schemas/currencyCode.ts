import * as v from 'valibot'
import { _currencyCodes } from './_currencyCodes.js'

/** ISO 4217 currency code, such as `"USD"` or `"GBP"`. */
export type CurrencyCode = string

/** Schema of a {@link CurrencyCode}. */
export const CurrencyCodeSchema = v.pipe(
  v.picklist(_currencyCodes, 'Expected an ISO 4217 currency code such as "USD" or "EUR"'),
  v.description('ISO 4217 currency code, such as "USD" or "GBP".'),
) satisfies v.GenericSchema<CurrencyCode>
