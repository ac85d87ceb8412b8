// How the results views write their figures: changes in whole percentage points with a direction, indicator
// values (suppressed "<5", missing "–"), and the goal tree as indented rows. Pure: the components add the words.
import type { GoalProgress, IndicatorStatus, IndicatorSummary, SubGoalProgress } from '@uppfoljning/contract'
import { DEFAULT_LOCALE, formatNumber } from '@/lib/format'

/** A change of a share as the UI shows it: whole points and which way it went ("none" below half a point). */
export type PointChange = { points: number; direction: 'up' | 'down' | 'none' }

/** 0.0195 → { points: 2, direction: 'up' }; −0.013 → { points: 1, direction: 'down' }; 0.004 → { points: 0, direction: 'none' }. */
export function pointChange(change: number): PointChange {
  const rounded = Math.round(change * 100) + 0 // `+ 0` turns −0 into 0
  return { points: Math.abs(rounded), direction: rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'none' }
}

/** The arrow that goes with a direction; it is decoration beside the words, never the only sign. */
export const changeSymbol = { up: '▲', down: '▼', none: '●' } as const

/** "+2", "−1", "0" (the minus sign, as sv-SE writes it). */
export function signedPoints({ points, direction }: PointChange, locale = DEFAULT_LOCALE): string {
  const value = direction === 'down' ? -points : points
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value)
}

/** A bar's width in percent, 0–100 (a share may lie outside 0–1). */
export const barWidth = (share: number) => Math.max(0, Math.min(100, share * 100))

export const MISSING = '–'
export const SUPPRESSED = '<5'

/** An indicator's value: "<5" when suppressed, "–" when missing, else the number with its unit ("80 %", "12 antal"). */
export function indicatorValue(value: number | null, suppressed: boolean, unit: string, locale = DEFAULT_LOCALE): string {
  if (suppressed) return SUPPRESSED
  if (value === null) return MISSING
  return `${formatNumber(value, locale)}\u00a0${unit}`
}

/** The counts an indicator-status line is written from (the summary plus the suppressed ones, which it leaves out). */
export type IndicatorCounts = IndicatorSummary & { suppressed: number; missing: number }

export function indicatorCounts(summary: IndicatorSummary, items: Pick<IndicatorStatus, 'suppressed'>[]): IndicatorCounts {
  const suppressed = items.filter((item) => item.suppressed).length
  return { ...summary, suppressed, missing: Math.max(0, summary.total - summary.withValue - suppressed) }
}

/** One row of the goal table: a goal or a sub-goal, with how deep it sits (0 = top-level goal). */
export type GoalRow = SubGoalProgress & { depth: number }

/** The goals in tree order, each sub-goal (at any depth) after its parent with its depth. */
export function goalRows(goals: GoalProgress[]): GoalRow[] {
  return goals.flatMap(({ subGoals, ...goal }) => {
    const depth = new Map<number, number>([[goal.goalId, 0]])
    const subs = subGoals.map((sub) => {
      const level = (depth.get(sub.parentId ?? goal.goalId) ?? 0) + 1
      depth.set(sub.goalId, level)
      return { ...sub, depth: level }
    })
    return [{ ...goal, depth: 0 }, ...subs]
  })
}
