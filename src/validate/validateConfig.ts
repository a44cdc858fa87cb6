import * as v from 'valibot'

/** How seriously a lint rule is taken; `"off"` turns it off. */
export type RuleSetting = 'error' | 'warning' | 'off'

/** The settings of `reelmark validate`, from `reelmark.config.json` or `package.json`'s `"reelmark"` key. */
export interface ValidateConfig {
  /** Severity of each lint rule; rules left out keep their default. */
  rules?: {
    /** A rating outside its own scale; default `"error"`. */
    'rating-off-scale'?: RuleSetting
    /** A release date after today; default `"warning"`. */
    'release-in-future'?: RuleSetting
    /** `year` differs from the year of the earliest release date; default `"warning"`. */
    'year-mismatch'?: RuleSetting
    /** The same IMDb id, or the same title and year, twice; default `"error"`. */
    'duplicate-film'?: RuleSetting
    /** Different grosses for one region, scope and date; default `"warning"`. */
    'conflicting-grosses'?: RuleSetting
    /** The same actor and character twice in the cast; default `"warning"`. */
    'duplicate-cast'?: RuleSetting
    /** A running time outside `min` to `max` minutes; default `["warning", { "min": 1, "max": 600 }]`. */
    'implausible-runtime'?: RuleSetting | [RuleSetting, { min?: number; max?: number }]
  }
}

const setting = v.picklist(['error', 'warning', 'off'], 'Expected "error", "warning" or "off"')
const minutes = v.pipe(v.number(), v.integer('Expected whole minutes'), v.minValue(0, 'Expected minutes of 0 or more'))

/** Schema of a {@link ValidateConfig}; unknown keys and rule ids are reported. */
export const ValidateConfigSchema = v.strictObject({
  $schema: v.exactOptional(v.string()),
  rules: v.exactOptional(
    v.strictObject({
      'rating-off-scale': v.exactOptional(setting),
      'release-in-future': v.exactOptional(setting),
      'year-mismatch': v.exactOptional(setting),
      'duplicate-film': v.exactOptional(setting),
      'conflicting-grosses': v.exactOptional(setting),
      'duplicate-cast': v.exactOptional(setting),
      'implausible-runtime': v.exactOptional(
        v.union(
          [
            setting,
            v.strictTuple([
              setting,
              v.strictObject({ min: v.exactOptional(minutes), max: v.exactOptional(minutes) }),
            ]),
          ],
          'Expected a severity, or a severity and { "min", "max" } in minutes',
        ),
      ),
    }),
  ),
}) satisfies v.GenericSchema<ValidateConfig & { $schema?: string }>
