import * as v from 'valibot'
import { _createChecker, type _Checker } from './_createChecker.js'
import { ValidateConfigSchema, type ValidateConfig } from './validateConfig.js'

/** Options of {@link validateFilms}. */
export interface ValidateFilmsOptions {
  /** Rule settings, as in `reelmark.config.json`; default: every rule at its documented severity. */
  config?: ValidateConfig
  /** Today, as an ISO date such as `"2024-05-01"`, for `release-in-future`; default: the current UTC date. */
  today?: string
}

/**
 * Checks the options every validate function takes and builds a checker from them.
 *
 * @param options The options.
 * @param verb What the caller does, for error messages, such as `"validate films"`.
 * @returns A fresh checker.
 */
export function _checkerFromOptions(options: ValidateFilmsOptions | undefined, verb: string): _Checker {
  if (options === undefined) return _createChecker()
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`Cannot ${verb} with \`${String(options)}\` for \`options\`, expected an object.`)
  }
  if (options.config !== undefined) {
    const result = v.safeParse(ValidateConfigSchema, options.config)
    if (!result.success) {
      const issue = result.issues[0]
      const where = v.getDotPath(issue) ?? 'config'
      throw new TypeError(`Cannot ${verb} with \`${where}\` for \`options.config\`, expected a valid configuration: ${issue.message}.`)
    }
  }
  if (options.today !== undefined && (typeof options.today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(options.today))) {
    throw new TypeError(`Cannot ${verb} with \`${String(options.today)}\` for \`options.today\`, expected an ISO date such as "2024-05-01".`)
  }
  return _createChecker({ config: options.config, today: options.today })
}
