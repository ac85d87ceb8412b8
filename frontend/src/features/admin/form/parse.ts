// What the admin forms read from their text inputs. Empty means "not given" (null); anything else that
// does not parse is reported by the form before sending.

const YEAR = /^\d{4}$/

/** "2025" → 2025; "" → null; anything else (or outside 2000–2100, the API's range) → NaN. */
export function parseYear(text: string): number | null {
  const value = text.trim()
  if (!value) return null
  return YEAR.test(value) && Number(value) >= 2000 && Number(value) <= 2100 ? Number(value) : NaN
}

/** "12,5" or "12.5" or "−3" → a number (Swedish decimal comma and spaces as thousands separators); "" → null; else NaN. */
export function parseDecimal(text: string): number | null {
  const value = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('\u2212', '-')
  if (!value) return null
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
}

/** A number as the form shows it: with a decimal comma. */
export const decimalText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','))

/** A year as the form shows it. */
export const yearText = (value: number | null) => (value === null ? '' : String(value))

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date written 2025-03-15. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** `text` trimmed, or null when empty (optional one-line fields). */
export const orNull = (text: string) => text.trim() || null
