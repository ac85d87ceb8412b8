// Dates, times, numbers and percentages, written one way everywhere: "8 december 2026", "8 december 2026 kl. 10:42"
// ("8 December 2026 at 10:42" in English), "1 234", "62 %". Every date and time on a page comes from here.
// The formatters are built once per locale: Intl constructors are slow compared with format().

export const DEFAULT_LOCALE = 'sv-SE'

/**
 * Moments are shown in Swedish time wherever the reader is: the county's deadlines and the reviewers' comments are
 * about its days, and a report printed abroad must say what it says at home.
 */
const TIME_ZONE = 'Europe/Stockholm'

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = make()
    cache.set(key, formatter)
  }
  return formatter as T
}

const isCalendarDate = (value: string | Date): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)

/**
 * A calendar date (`2026-12-08`) or a moment (`2026-12-08T09:42:00Z`) as a long date: "8 december 2026". A bare date
 * is that calendar day wherever the reader is; a moment is its day in Swedish time.
 */
export function formatDate(value: string | Date, locale = DEFAULT_LOCALE): string {
  // noon UTC is the same calendar day in Stockholm
  const date = isCalendarDate(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE })).format(date)
}

/**
 * The time of day in Swedish time, hours and minutes with a colon in every language: "10:42", "08:05". (Språkrådet
 * allows "10.42" too; we write the colon, as the 24-hour clock does on every Swedish timetable and as ISO 8601 does.)
 */
export function formatTime(value: string | Date, locale = DEFAULT_LOCALE): string {
  const parts = cached(
    `time:${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }),
  ).formatToParts(new Date(value))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('hour').padStart(2, '0')}:${part('minute')}`
}

/** The word between a date and its time of day: "8 december 2026 kl. 10:42", "8 December 2026 at 10:42". */
const AT: Record<string, string> = { sv: 'kl.', en: 'at' }

/** A moment as its date and time of day in Swedish time: "8 december 2026 kl. 10:42" ("8 December 2026 at 10:42"). */
export function formatDateTime(value: string | Date, locale = DEFAULT_LOCALE): string {
  const at = AT[locale.split('-')[0]] ?? AT.en
  return `${formatDate(value, locale)} ${at} ${formatTime(value, locale)}`
}

/** A whole or decimal number with the locale's grouping: "1 234", "3,5". */
export function formatNumber(value: number, locale = DEFAULT_LOCALE, maximumFractionDigits = 1): string {
  return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value)
}

/** A share from 0 to 1 as a percentage: 0.625 → "63 %" (sv-SE puts a space before the sign). */
export function formatPercent(share: number, locale = DEFAULT_LOCALE, maximumFractionDigits = 0): string {
  return cached(
    `percent:${locale}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }),
  ).format(share)
}

/** A period of years with an en dash: "2020–2026" (one year alone when both ends are the same). */
export function formatYearRange(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`
}
