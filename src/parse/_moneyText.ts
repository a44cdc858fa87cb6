import type { Gross } from '../schemas/gross.js'
import type { Money } from '../schemas/money.js'

// Note: `toLocaleString` builds a formatter on every call; this one is built once.
const AMOUNT = new Intl.NumberFormat('en-US')

/** Writes a number as `toLocaleString('en-US')` does: whole amounts with commas by hand, others by the formatter. */
function _grouped(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount <= 0) return AMOUNT.format(amount)
  const digits = String(amount)
  let text = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let at = text.length; at < digits.length; at += 3) text += `,${digits.slice(at, at + 3)}`
  return text
}

/**
 * Writes an amount for a message: "over $48,000,000 (domestic, US)".
 *
 * @param money The amount.
 * @returns The amount in words.
 */
export function _moneyText(money: Money | Gross): string {
  const amount = `${money.currency === 'USD' ? '$' : `${money.currency} `}${_grouped(money.amount)}`
  const where = 'region' in money || 'scope' in money ? [(money as Gross).scope, (money as Gross).region].filter(Boolean).join(', ') : ''
  return `${money.qualifier ? `${money.qualifier} ` : ''}${amount}${where ? ` (${where})` : ''}`
}
