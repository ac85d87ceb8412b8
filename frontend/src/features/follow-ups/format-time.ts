// Times of day and moments for the follow-up page.
const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions) {
  let found = cache.get(`${key}:${locale}`)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options)
    cache.set(`${key}:${locale}`, found)
  }
  return found
}

/** "10.42" in Swedish (Språkrådet writes the time of day with a full stop), "10:42" in English. */
export function formatTime(date: Date, locale: string): string {
  const time = formatter('time', locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date)
  return locale.startsWith('sv') ? time.replace(':', '.') : time
}

/** "23 november 2026 10.42". */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value)
  return `${formatter('date', locale, { dateStyle: 'long' }).format(date)} ${formatTime(date, locale)}`
}
