import type { AggregateRating, Award, Money, ReleaseDate, Runtime } from '../schemas/index.js'

const moneyFormats = new Map<string, Intl.NumberFormat>()

/**
 * Writes an amount of money in its own currency, with the source's qualifier.
 *
 * @param money The amount.
 * @returns Text such as `"about $7,500,000"` or `"DEM 12,000,000"`.
 */
export function _formatMoney(money: Money): string {
  let amount: string
  try {
    // Note: one formatter per currency; creating one costs more than formatting many amounts.
    let format = moneyFormats.get(money.currency)
    if (!format) {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency, maximumFractionDigits: 0 })
      moneyFormats.set(money.currency, format)
    }
    amount = format.format(money.amount)
  } catch {
    amount = `${money.currency} ${money.amount}`
  }
  return money.qualifier ? `${money.qualifier} ${amount}` : amount
}

/**
 * Writes a running time with its region or cut.
 *
 * @param runtime The running time.
 * @returns Text such as `"120 min (US)"`.
 */
export function _formatRuntime(runtime: Runtime): string {
  return `${runtime.minutes} min${_aside([runtime.region, runtime.note])}`
}

/**
 * Writes a release with its region and note.
 *
 * @param release The release.
 * @returns Text such as `"1985-03-08 (US)"`.
 */
export function _formatRelease(release: ReleaseDate): string {
  return `${release.date}${_aside([release.region, release.note])}`
}

/**
 * Writes an aggregate rating on its own scale, with its source and votes.
 *
 * @param rating The rating.
 * @returns Text such as `"7.2/10 (IMDb, 41,000 votes)"`.
 */
export function _formatRating(rating: AggregateRating): string {
  const votes = rating.count === undefined ? undefined : `${rating.count.toLocaleString('en-US')} votes`
  const scale = rating.worst === 0 || rating.worst === 1 ? `/${rating.best}` : ` (${rating.worst} to ${rating.best})`
  return `${rating.value}${scale}${_aside([rating.source, votes])}`
}

/**
 * Writes an award with its category, recipients, result and year.
 *
 * @param award The award.
 * @returns Text such as `"Academy Award, Best Makeup: Michael Westmore (won, 1986)"`.
 */
export function _formatAward(award: Award): string {
  const category = award.category ? `, ${award.category}` : ''
  const recipients = award.recipients?.length ? `: ${award.recipients.join(', ')}` : ''
  return `${award.name}${category}${recipients}${_aside([award.result, award.year?.toString()])}`
}

/**
 * Writes the film's title with its year.
 *
 * @param film The title and year.
 * @returns Text such as `"Mask (1985)"`.
 */
export function _formatTitle(film: { title: string; year?: number }): string {
  return film.year === undefined ? film.title : `${film.title} (${film.year})`
}

function _aside(parts: readonly (string | undefined)[]): string {
  const present = parts.filter((part): part is string => Boolean(part))
  return present.length > 0 ? ` (${present.join(', ')})` : ''
}
