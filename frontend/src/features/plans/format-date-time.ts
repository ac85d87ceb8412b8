// A moment with its time of day, for the history of an action: "23 november 2026 10:42".
const cache = new Map<string, Intl.DateTimeFormat>()

export function formatDateTime(value: string, locale: string): string {
  let formatter = cache.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
    cache.set(locale, formatter)
  }
  return formatter.format(new Date(value))
}
