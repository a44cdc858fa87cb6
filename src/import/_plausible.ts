import type { Money } from '../schemas/money.js'
import { _note, type _InputPath, type _Note } from './_note.js'

// Note: below this, a budget or gross in a major currency is more likely a figure in thousands,
// a partial count or a typo than the whole amount; it is kept and flagged, never scaled.
const SMALL: Record<string, number> = { USD: 100_000, EUR: 100_000, GBP: 100_000, CAD: 100_000, AUD: 100_000 }

/**
 * Flags an amount that is implausibly small for a feature film, keeping it as it is.
 *
 * @param money The amount.
 * @param what What it is, such as "revenue".
 * @param at Where it sits in the input.
 * @param path Where it goes in the record.
 * @param notes Where to report.
 */
export function _checkAmount(money: Money, what: string, at: _InputPath, path: string, notes: _Note[]): void {
  const floor = SMALL[money.currency]
  if (floor !== undefined && money.amount > 0 && money.amount < floor) {
    _note(
      notes,
      'warning',
      'implausible-value',
      `The ${what} of ${money.amount.toLocaleString('en-US')} ${money.currency} is implausibly small for a feature film; it is kept as given.`,
      at,
      path,
    )
  }
}
