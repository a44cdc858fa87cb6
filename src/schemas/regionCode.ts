import * as v from 'valibot'
import { _regionCodes } from './_regionCodes.js'

/** ISO 3166-1 alpha-2 region code, such as `"US"` or `"DE"`. */
export type RegionCode = string

/** Schema of a {@link RegionCode}. */
export const RegionCodeSchema = v.pipe(
  v.picklist(_regionCodes, 'Expected an ISO 3166-1 alpha-2 region code such as "US" or "GB"'),
  v.description('ISO 3166-1 alpha-2 region code, such as "US" or "DE".'),
) satisfies v.GenericSchema<RegionCode>
