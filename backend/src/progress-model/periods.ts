import type { MeasureInput, PeriodInput } from './inputs'

/** The periods oldest first (by start date, then id), whatever order they were given in. */
export function orderPeriods(periods: PeriodInput[]): PeriodInput[] {
  return [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id)
}

/** The period with this id; a programming error (not user input) when it is not among the periods. */
export function periodById(periods: PeriodInput[], periodId: number): PeriodInput {
  const period = periods.find((p) => p.id === periodId)
  if (!period) throw new Error(`Period ${periodId} is not among the periods given to the progress model`)
  return period
}

/** The periods up to and including this one, oldest first. */
export function periodsUpTo(periods: PeriodInput[], periodId: number): PeriodInput[] {
  const ordered = orderPeriods(periods)
  return ordered.slice(0, ordered.indexOf(periodById(ordered, periodId)) + 1)
}

/** The periods before this one, oldest first. */
export function periodsBefore(periods: PeriodInput[], periodId: number): PeriodInput[] {
  return periodsUpTo(periods, periodId).slice(0, -1)
}

/** The period immediately before this one, or null for the first period. */
export function previousPeriod(periods: PeriodInput[], periodId: number): PeriodInput | null {
  return periodsBefore(periods, periodId).at(-1) ?? null
}

/**
 * Whether the measure is active in the period: its active years overlap the calendar years the period
 * touches (a period "2025" touches 2025 only). An open end counts as unbounded.
 */
export function isMeasureActiveIn(measure: MeasureInput, period: PeriodInput): boolean {
  const first = Number(period.startsOn.slice(0, 4))
  const last = Number(period.endsOn.slice(0, 4))
  return (measure.activeFromYear ?? -Infinity) <= last && (measure.activeToYear ?? Infinity) >= first
}
