/**
 * Writes whole minutes as an ISO 8601 duration.
 *
 * @param minutes Whole minutes, such as `100`.
 * @returns The duration, such as `"PT1H40M"`.
 */
export function _isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`
}
