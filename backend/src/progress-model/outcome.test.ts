import type { IndicatorDirection } from '@uppfoljning/contract'
import type { IndicatorValueInput } from './inputs'
import {
  indicatorOutcome,
  indicatorOutcomes,
  indicatorRatio,
  isTargetMet,
  verdictOf,
  type NoRatioReason,
  type OutcomeTrend,
} from './outcome'
import { indicator, indicatorValue, progressInput, yearPeriod } from './test-builders'

describe('indicatorRatio', () => {
  it.each<
    [string, IndicatorDirection, number | null, number | null, number | null, boolean, number | null, number | null, NoRatioReason | null]
  >([
    // name, direction, baseline, target, value, suppressed → ratio, barRatio, reason
    ['increase, halfway', 'increase', 60, 80, 70, false, 0.5, 0.5, null],
    ['increase, at baseline', 'increase', 60, 80, 60, false, 0, 0, null],
    ['increase, at target', 'increase', 60, 80, 80, false, 1, 1, null],
    ['increase, beyond target: raw above 1, bar full', 'increase', 60, 80, 90, false, 1.5, 1, null],
    ['increase, worse than baseline: raw below 0, bar empty', 'increase', 60, 80, 50, false, -0.5, 0, null],
    ['decrease, a quarter of the way down', 'decrease', 40, 20, 35, false, 0.25, 0.25, null],
    ['decrease, risen: worse than baseline', 'decrease', 40, 20, 44, false, -0.2, 0, null],
    ['decrease, beyond target', 'decrease', 40, 20, 10, false, 1.5, 1, null],
    ['target equal to baseline: no ratio (nothing to move)', 'increase', 25, 25, 28, false, null, null, 'targetEqualsBaseline'],
    ['increase with a target below baseline: data to fix', 'increase', 60, 50, 55, false, null, null, 'targetAgainstDirection'],
    ['decrease with a target above baseline: data to fix', 'decrease', 40, 50, 45, false, null, null, 'targetAgainstDirection'],
    ['no baseline', 'increase', null, 80, 70, false, null, null, 'noBaseline'],
    ['no target', 'increase', 60, null, 70, false, null, null, 'noTarget'],
    ['no value: missing, not 0', 'increase', 60, 80, null, false, null, null, 'noValue'],
    ['suppressed', 'increase', 60, 80, null, true, null, null, 'suppressed'],
    ['a value of 0 is a value', 'decrease', 40, 20, 0, false, 2, 1, null],
  ])('%s', (_name, direction, baseline, target, value, suppressed, ratio, barRatio, reason) => {
    const result = indicatorRatio({ direction, baselineValue: baseline, targetValue: target }, value, suppressed)
    expect(result).toEqual({
      ratio: ratio === null ? null : expect.closeTo(ratio, 10),
      barRatio: barRatio === null ? null : expect.closeTo(barRatio, 10),
      noRatioReason: reason,
    })
  })
})

describe('isTargetMet', () => {
  it.each<[IndicatorDirection, number | null, number | null, boolean | null]>([
    ['increase', 80, 80, true],
    ['increase', 79, 80, false],
    ['decrease', 20, 20, true],
    ['decrease', 21, 20, false],
    ['increase', 28, 25, true],
    ['increase', null, 80, null],
    ['increase', 70, null, null],
  ])('%s: %p against target %p → %p', (direction, value, target, met) => {
    expect(isTargetMet(direction, value, target)).toBe(met)
  })
})

describe('verdictOf', () => {
  it.each<[IndicatorDirection, number, OutcomeTrend['verdict']]>([
    ['increase', 5, 'better'],
    ['increase', -5, 'worse'],
    ['decrease', -5, 'better'],
    ['decrease', 5, 'worse'],
    ['decrease', 0, 'unchanged'],
  ])('%s by %i is %s', (direction, change, verdict) => {
    expect(verdictOf(direction, change)).toBe(verdict)
  })
})

describe('indicatorOutcome over several periods', () => {
  const periods = [yearPeriod(4, 2025), yearPeriod(1, 2022), yearPeriod(3, 2024), yearPeriod(2, 2023)]
  const decreasing = indicator(1, 'decrease', 40, 20)
  type Case = { name: string; values: IndicatorValueInput[]; periodId: number; expected: object }
  const cases: Case[] = [
    {
      name: 'the trend compares with the previous period',
      values: [indicatorValue(11, 1, 3, 36), indicatorValue(12, 1, 4, 30)],
      periodId: 4,
      expected: {
        value: 30,
        ratio: 0.5,
        trend: { fromPeriodId: 3, fromValue: 36, change: -6, verdict: 'better' },
        basis: { valueIds: [11, 12] },
      },
    },
    {
      name: 'missing and suppressed periods are skipped, not read as 0',
      values: [indicatorValue(11, 1, 1, 38), indicatorValue(12, 1, 2, null, { suppressed: true }), indicatorValue(14, 1, 4, 39)],
      periodId: 4,
      expected: { value: 39, trend: { fromPeriodId: 1, fromValue: 38, change: 1, verdict: 'worse' }, basis: { valueIds: [11, 14] } },
    },
    {
      name: 'this period missing: shown as missing, no trend',
      values: [indicatorValue(11, 1, 3, 36)],
      periodId: 4,
      expected: {
        value: null,
        valueId: null,
        suppressed: false,
        ratio: null,
        noRatioReason: 'noValue',
        trend: null,
        basis: { valueIds: [] },
      },
    },
    {
      name: 'this period suppressed: stays suppressed, no number even if one was stored',
      values: [indicatorValue(11, 1, 3, 36), indicatorValue(12, 1, 4, 3, { suppressed: true })],
      periodId: 4,
      expected: {
        value: null,
        valueId: 12,
        suppressed: true,
        ratio: null,
        noRatioReason: 'suppressed',
        targetMet: null,
        trend: null,
        basis: { valueIds: [12] },
      },
    },
    {
      name: 'the first value: no trend',
      values: [indicatorValue(11, 1, 1, 44)],
      periodId: 1,
      expected: { value: 44, ratio: expect.closeTo(-0.2, 10), barRatio: 0, trend: null },
    },
    {
      name: 'unchanged',
      values: [indicatorValue(11, 1, 1, 30), indicatorValue(12, 1, 2, 30)],
      periodId: 2,
      expected: { trend: { fromPeriodId: 1, fromValue: 30, change: 0, verdict: 'unchanged' } },
    },
    {
      name: 'later periods do not count',
      values: [indicatorValue(11, 1, 1, 30), indicatorValue(14, 1, 4, 20)],
      periodId: 2,
      expected: { value: null, trend: null },
    },
    {
      name: 'an archived value is ignored',
      values: [indicatorValue(11, 1, 4, 30, { archived: true })],
      periodId: 4,
      expected: { value: null, valueId: null },
    },
    {
      name: "another organisation's value is not the county's",
      values: [indicatorValue(11, 1, 4, 30, { organisationId: 7 })],
      periodId: 4,
      expected: { value: null, organisationId: null },
    },
  ]
  it.each(cases)('$name', ({ values, periodId, expected }) => {
    expect(indicatorOutcome(decreasing, values, periods, periodId, null)).toMatchObject({ indicatorId: 1, periodId, ...expected })
  })

  it('the series holds every period up to this one, oldest first, missing ones as missing', () => {
    const outcome = indicatorOutcome(decreasing, [indicatorValue(11, 1, 1, 40), indicatorValue(13, 1, 3, 30)], periods, 3, null)
    expect(outcome.series).toEqual([
      { periodId: 1, valueId: 11, value: 40, suppressed: false, ratio: 0, barRatio: 0, noRatioReason: null, targetMet: false },
      {
        periodId: 2,
        valueId: null,
        value: null,
        suppressed: false,
        ratio: null,
        barRatio: null,
        noRatioReason: 'noValue',
        targetMet: null,
      },
      { periodId: 3, valueId: 13, value: 30, suppressed: false, ratio: 0.5, barRatio: 0.5, noRatioReason: null, targetMet: false },
    ])
  })

  it('an organisation has its own series', () => {
    const values = [
      indicatorValue(11, 1, 3, 36),
      indicatorValue(12, 1, 3, 25, { organisationId: 7 }),
      indicatorValue(13, 1, 4, 20, { organisationId: 7 }),
    ]
    expect(indicatorOutcome(decreasing, values, periods, 4, 7)).toMatchObject({
      organisationId: 7,
      value: 20,
      targetMet: true,
      trend: { fromValue: 25, change: -5, verdict: 'better' },
    })
  })
})

describe('indicatorOutcomes', () => {
  it('gives each indicator county-wide (even without values) and per organisation with values up to the period', () => {
    const input = progressInput({
      periods: [yearPeriod(1, 2024), yearPeriod(2, 2025)],
      indicators: [indicator(1, 'increase', 0, 10), indicator(2, 'increase', 0, 10)],
      indicatorValues: [
        indicatorValue(11, 1, 1, 5, { organisationId: 8 }),
        indicatorValue(12, 1, 2, 6, { organisationId: 7 }),
        indicatorValue(13, 2, 2, 4, { organisationId: 9 }),
      ],
    })
    expect(indicatorOutcomes(input, 1).map((o) => [o.indicatorId, o.organisationId, o.value])).toEqual([
      [1, null, null],
      [1, 8, 5],
      [2, null, null],
    ])
    expect(indicatorOutcomes(input, 2).map((o) => [o.indicatorId, o.organisationId, o.value])).toEqual([
      [1, null, null],
      [1, 7, 6],
      [1, 8, null],
      [2, null, null],
      [2, 9, 4],
    ])
  })
})
