import type { IndicatorDirection } from '@uppfoljning/contract'
import { basisOf } from './basis'
import type { Basis, IndicatorInput, IndicatorValueInput, PeriodInput, ProgressInput } from './inputs'
import { periodsUpTo } from './periods'

/** Why an indicator has no progress ratio. */
export type NoRatioReason =
  | 'noValue' // nothing reported for the period
  | 'suppressed' // a small count that must not be shown ("<5")
  | 'noBaseline'
  | 'noTarget'
  | 'targetEqualsBaseline' // nothing to move: the ratio would divide by zero; see targetMet
  | 'targetAgainstDirection' // e.g. a decrease indicator with a target above its baseline: the data needs fixing

/** The value of one indicator for one organisation (or the county) in one period. */
export interface OutcomePoint {
  periodId: number
  valueId: number | null
  /** the raw value as reported; null when missing or suppressed (never 0) */
  value: number | null
  suppressed: boolean
  /** (value − baseline) / (target − baseline): 0 at baseline, 1 at target, below 0 when worse than baseline, above 1 beyond target */
  ratio: number | null
  /** the ratio clamped to 0–1, for bars */
  barRatio: number | null
  noRatioReason: NoRatioReason | null
  /** whether the value reaches the target in the indicator's direction; null without value or target */
  targetMet: boolean | null
}

/** The change from the latest earlier period with a value, judged by the indicator's direction. */
export interface OutcomeTrend {
  fromPeriodId: number
  fromValue: number
  /** value − fromValue, in the indicator's unit */
  change: number
  verdict: 'better' | 'worse' | 'unchanged'
}

/** Outcome progress of one indicator for the county (organisationId null) or one organisation. */
export interface IndicatorOutcome extends OutcomePoint {
  indicatorId: number
  organisationId: number | null
  /** null when this period or every earlier one lacks a value */
  trend: OutcomeTrend | null
  /** every period up to and including this one, oldest first */
  series: OutcomePoint[]
  /** this period's value and the earlier value the trend compares with */
  basis: Basis
}

/**
 * Where a value stands between baseline and target: (value − baseline) / (target − baseline), raw and
 * clamped to 0–1. The same formula serves both directions (for a decrease indicator both differences are
 * negative); the direction decides which targets make sense. Null, with the reason, when it cannot be said.
 */
export function indicatorRatio(
  indicator: Pick<IndicatorInput, 'direction' | 'baselineValue' | 'targetValue'>,
  value: number | null,
  suppressed: boolean,
): { ratio: number | null; barRatio: number | null; noRatioReason: NoRatioReason | null } {
  const none = (noRatioReason: NoRatioReason) => ({ ratio: null, barRatio: null, noRatioReason })
  const { baselineValue: baseline, targetValue: target, direction } = indicator
  if (suppressed) return none('suppressed')
  if (value === null) return none('noValue')
  if (baseline === null) return none('noBaseline')
  if (target === null) return none('noTarget')
  if (target === baseline) return none('targetEqualsBaseline')
  if ((direction === 'increase') !== target > baseline) return none('targetAgainstDirection')
  const quotient = (value - baseline) / (target - baseline)
  const ratio = quotient === 0 ? 0 : quotient // at baseline of a decrease indicator the quotient is −0
  return { ratio, barRatio: Math.min(1, Math.max(0, ratio)), noRatioReason: null }
}

/** Whether the value reaches the target: at or above it for an increase indicator, at or below for a decrease one. */
export function isTargetMet(direction: IndicatorDirection, value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null
  return direction === 'increase' ? value >= target : value <= target
}

/** A change judged by the direction: better, worse or unchanged. */
export function verdictOf(direction: IndicatorDirection, change: number): OutcomeTrend['verdict'] {
  if (change === 0) return 'unchanged'
  return change > 0 === (direction === 'increase') ? 'better' : 'worse'
}

/** One period's point. A suppressed value never shows a number, even if one was stored. */
function pointOf(indicator: IndicatorInput, period: PeriodInput, stored: IndicatorValueInput | undefined): OutcomePoint {
  const suppressed = stored?.suppressed ?? false
  const value = suppressed ? null : (stored?.value ?? null)
  return {
    periodId: period.id,
    valueId: stored?.id ?? null,
    value,
    suppressed,
    ...indicatorRatio(indicator, value, suppressed),
    targetMet: isTargetMet(indicator.direction, value, indicator.targetValue),
  }
}

/**
 * Outcome progress of one indicator for one organisation (null = the county) in the period, with the
 * series up to it and the trend: the change from the latest earlier period that has a value (missing and
 * suppressed periods are skipped, never read as 0).
 */
export function indicatorOutcome(
  indicator: IndicatorInput,
  values: IndicatorValueInput[],
  periods: PeriodInput[],
  periodId: number,
  organisationId: number | null,
): IndicatorOutcome {
  const mine = values.filter((v) => !v.archived && v.indicatorId === indicator.id && v.organisationId === organisationId)
  const series = periodsUpTo(periods, periodId).map((p) =>
    pointOf(
      indicator,
      p,
      mine.find((v) => v.periodId === p.id),
    ),
  )
  const current = series[series.length - 1]
  const earlier = series
    .slice(0, -1)
    .reverse()
    .find((p) => p.value !== null)
  const trend =
    current.value === null || !earlier || earlier.value === null
      ? null
      : {
          fromPeriodId: earlier.periodId,
          fromValue: earlier.value,
          change: current.value - earlier.value,
          verdict: verdictOf(indicator.direction, current.value - earlier.value),
        }
  return {
    indicatorId: indicator.id,
    organisationId,
    ...current,
    trend,
    series,
    basis: basisOf({ valueIds: [current.valueId, trend ? earlier?.valueId : null].flatMap((id) => id ?? []) }),
  }
}

/**
 * Outcome progress of every indicator in the period: county-wide (always, missing shown as missing), then
 * each organisation that has a value of the indicator in any period up to this one.
 */
export function indicatorOutcomes(input: ProgressInput, periodId: number): IndicatorOutcome[] {
  const upTo = new Set(periodsUpTo(input.periods, periodId).map((p) => p.id))
  return input.indicators.flatMap((indicator) => {
    const values = input.indicatorValues.filter((v) => v.indicatorId === indicator.id && !v.archived)
    const organisationIds = [...new Set(values.filter((v) => upTo.has(v.periodId)).flatMap((v) => v.organisationId ?? []))].sort(
      (a, b) => a - b,
    )
    return [null, ...organisationIds].map((organisationId) => indicatorOutcome(indicator, values, input.periods, periodId, organisationId))
  })
}
