// Which reporting period a page is about, and how far away its deadline is.
import type { ReportingPeriod } from '@uppfoljning/contract'

const byStartDescending = (a: ReportingPeriod, b: ReportingPeriod) => b.startsOn.localeCompare(a.startsOn)

/** The open period (the latest one, should several be open); null when none is. */
export function openPeriod(periods: ReportingPeriod[]): ReportingPeriod | null {
  return periods.filter((p) => p.status === 'open').sort(byStartDescending)[0] ?? null
}

/** The open period, else the latest closed one (what the figures were last reported for); null when neither exists. */
export function latestReportedPeriod(periods: ReportingPeriod[]): ReportingPeriod | null {
  return openPeriod(periods) ?? periods.filter((p) => p.status === 'closed').sort(byStartDescending)[0] ?? null
}

const DAY_MS = 86_400_000

/**
 * Whole calendar days from `today` (local date) to `date` (`2026-12-15`): 0 on the day itself, negative once it
 * has passed. Counted on UTC midnights, so that a change to or from summer time cannot make a day 23 hours long.
 */
export function daysUntil(date: string, today = new Date()): number {
  const [year, month, day] = date.split('-').map(Number)
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / DAY_MS)
}
