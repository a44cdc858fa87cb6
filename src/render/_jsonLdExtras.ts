import type { MonetaryAmount } from 'schema-dts'
import type { Film, Money } from '../schemas/index.js'
import type { JsonLdExtraFact } from './toJsonLd.js'

/** Every {@link JsonLdExtraFact}. */
export const _EXTRA_FACTS: readonly JsonLdExtraFact[] = ['taglines', 'trivia', 'goofs', 'budget', 'grosses']

/**
 * Maps an amount to a schema.org MonetaryAmount; "over" and "under" become `minValue` and `maxValue`.
 *
 * @param money The amount.
 * @param name A label, such as `"domestic, US"`.
 * @returns The MonetaryAmount.
 */
function monetaryAmount(money: Money, name?: string): MonetaryAmount {
  const bound =
    money.qualifier === 'over'
      ? { minValue: money.amount }
      : money.qualifier === 'under'
        ? { maxValue: money.amount }
        : { value: money.amount }
  return { '@type': 'MonetaryAmount', ...(name ? { name } : {}), currency: money.currency, ...bound }
}

/**
 * The values of the facts a caller asked to publish under their own vocabulary.
 *
 * @param film The film.
 * @param fact Which fact.
 * @returns The JSON-LD value, or `undefined` when the film lacks it.
 */
export function _jsonLdExtra(film: Film, fact: JsonLdExtraFact): unknown {
  switch (fact) {
    case 'taglines':
      return film.taglines
    case 'trivia':
      return film.trivia
    case 'goofs':
      return film.goofs?.map((goof) => goof.text)
    case 'budget':
      return film.budget && monetaryAmount(film.budget)
    case 'grosses':
      return film.grosses?.map((gross) =>
        monetaryAmount(gross, [gross.scope, gross.region, gross.date].filter(Boolean).join(', ')),
      )
  }
}
