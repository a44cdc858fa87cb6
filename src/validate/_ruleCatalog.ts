/** A rule `reelmark validate` applies, as reports describe it. */
export interface _RuleInfo {
  /** One sentence for reports such as SARIF. */
  description: string
  /** Its severity unless the configuration says otherwise. */
  severity: 'error' | 'warning'
  /** Whether `reelmark.config.json` may change its severity or turn it off. */
  configurable: boolean
}

/** Every rule, by stable id. */
export const _RULES = {
  'syntax-error': { description: 'The file cannot be read as its format.', severity: 'error', configurable: false },
  'ragged-row': { description: 'A CSV or TSV row has more or fewer cells than the header.', severity: 'error', configurable: false },
  'unknown-column': { description: 'A CSV or TSV header names a column reelmark does not know.', severity: 'error', configurable: false },
  'missing-title': { description: 'A film has no title.', severity: 'error', configurable: false },
  'missing-field': { description: 'A required field is missing.', severity: 'error', configurable: false },
  'unknown-field': { description: 'A field is not part of the record.', severity: 'error', configurable: false },
  'invalid-type': { description: 'A value has the wrong type.', severity: 'error', configurable: false },
  'invalid-value': { description: 'A value breaks the schema.', severity: 'error', configurable: false },
  conflict: { description: 'The review below the front matter names a different film.', severity: 'warning', configurable: false },
  'rating-off-scale': { description: 'A rating lies outside its own scale.', severity: 'error', configurable: true },
  'release-in-future': { description: 'A release date lies in the future.', severity: 'warning', configurable: true },
  'year-mismatch': { description: 'The year disagrees with the earliest release date.', severity: 'warning', configurable: true },
  'duplicate-film': { description: 'Two records have the same IMDb id, or the same title and year.', severity: 'error', configurable: true },
  'conflicting-grosses': { description: 'Several different grosses are given for one region, scope and date.', severity: 'warning', configurable: true },
  'duplicate-cast': { description: 'A cast member is listed twice for the same character.', severity: 'warning', configurable: true },
  'implausible-runtime': { description: 'A running time is shorter or longer than plausible.', severity: 'warning', configurable: true },
} as const satisfies Record<string, _RuleInfo>

/** The id of a rule whose severity can be configured. */
export type _LintRuleId = {
  [K in keyof typeof _RULES]: (typeof _RULES)[K]['configurable'] extends true ? K : never
}[keyof typeof _RULES]
