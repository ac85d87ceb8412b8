// How the results views write changes, indicator values and the goal tree.
import type { GoalProgress, IndicatorSummary } from '@uppfoljning/contract'
import { goalRows, indicatorCounts, indicatorValue, pointChange, signedPoints } from './figures'

test.each([
  [0.0195, { points: 2, direction: 'up' }],
  [0.1297, { points: 13, direction: 'up' }],
  [-0.0132, { points: 1, direction: 'down' }],
  [0.004, { points: 0, direction: 'none' }],
  [-0.004, { points: 0, direction: 'none' }],
  [0, { points: 0, direction: 'none' }],
  [0.005, { points: 1, direction: 'up' }],
])('pointChange(%p) is %j', (change, expected) => {
  expect(pointChange(change)).toEqual(expected)
})

test.each([
  [{ points: 2, direction: 'up' as const }, '+2'],
  [{ points: 1, direction: 'down' as const }, '−1'],
  [{ points: 0, direction: 'none' as const }, '0'],
])('signedPoints(%j) is %p in Swedish', (change, expected) => {
  expect(signedPoints(change, 'sv-SE')).toBe(expected)
})

test.each([
  [80, false, '%', '80\u00a0%'],
  [12.5, false, 'antal', '12,5\u00a0antal'],
  [null, false, '%', '–'],
  [3, true, 'antal', '<5'],
  [null, true, 'antal', '<5'],
  [0, false, 'antal', '0\u00a0antal'],
])('indicatorValue(%p, suppressed %p, %p) is %p', (value, suppressed, unit, expected) => {
  expect(indicatorValue(value, suppressed, unit, 'sv-SE')).toBe(expected)
})

test('indicatorCounts counts the suppressed apart from the missing', () => {
  const summary: IndicatorSummary = { total: 5, withValue: 2, targetMet: 1, better: 1, worse: 1, unchanged: 0 }
  expect(
    indicatorCounts(summary, [
      { suppressed: true },
      { suppressed: false },
      { suppressed: false },
      { suppressed: false },
      { suppressed: false },
    ]),
  ).toEqual({
    ...summary,
    suppressed: 1,
    missing: 2,
  })
})

const figure = {
  progress: null,
  previous: null,
  change: null,
  counted: { measures: 0, actions: 0, followUps: 0 },
  leftOut: { measures: 0, cancelledActions: 0, missingActions: 0, notDueActions: 0, unlinkedActions: 0 },
}
const goal = (goalId: number, parentId: number | null) => ({
  goalId,
  code: String(goalId),
  title: `Mål ${goalId}`,
  parentId,
  measureCount: 0,
  progress: figure,
  coverage: { expected: 0, covered: 0, coverage: null },
  indicators: { summary: { total: 0, withValue: 0, targetMet: 0, better: 0, worse: 0, unchanged: 0 }, items: [] },
})

test('goalRows puts each sub-goal after its parent with its depth, at any depth', () => {
  const goals: GoalProgress[] = [
    { ...goal(1, null), subGoals: [goal(11, 1), goal(111, 11), goal(12, 1)] },
    { ...goal(2, null), subGoals: [] },
  ]
  expect(goalRows(goals).map((row) => [row.goalId, row.depth])).toEqual([
    [1, 0],
    [11, 1],
    [111, 2],
    [12, 1],
    [2, 0],
  ])
})
