// Dates, numbers and percentages written the Swedish way (sv-SE): "15 mars 2025", "1 234", "62 %".
// The formatters are built once per locale: Intl constructors are slow compared with format().

export const DEFAULT_LOCALE = 'sv-SE'

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = make()
    cache.set(key, formatter)
  }
  return formatter as T
}

/**
 * A calendar date (`2025-03-15`) or timestamp as a long date: "15 mars 2025". A bare date is read as that
 * calendar day (not as UTC midnight, which would be the day before west of Greenwich).
 */
export function formatDate(value: string | Date, locale = DEFAULT_LOCALE): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value)
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(date)
}

/** A whole or decimal number with the locale's grouping: "1 234", "3,5". */
export function formatNumber(value: number, locale = DEFAULT_LOCALE, maximumFractionDigits = 1): string {
  return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value)
}

/** A share from 0 to 1 as a percentage: 0.625 → "63 %" (sv-SE puts a space before the sign). */
export function formatPercent(share: number, locale = DEFAULT_LOCALE, maximumFractionDigits = 0): string {
  return cached(`percent:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits })).format(share)
}

/** A period of years with an en dash: "2020–2026" (one year alone when both ends are the same). */
export function formatYearRange(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`
}
