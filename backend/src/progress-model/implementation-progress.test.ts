import { implementationProgress, rollUpMeasures, type ProgressFigure } from './implementation-progress'
import type { ProgressInput } from './inputs'
import { action, followUp, goal, measure, organisation, progressInput, yearPeriod } from './test-builders'

const periods = [yearPeriod(1, 2024), yearPeriod(2, 2025)]
/** A fraction compared to 10 decimals; null stays null. */
const fraction = (value: number | null) => (value === null ? null : expect.closeTo(value, 10))
const base = { periods, goals: [goal(1)], organisations: [organisation(100, 'municipality'), organisation(200, 'authority')] }

describe('implementationProgress: measures', () => {
  type Case = {
    name: string
    input: Partial<ProgressInput>
    measureId?: number
    expected: Partial<ProgressFigure> & { progress: number | null }
  }
  const cases: Case[] = [
    {
      name: 'no actions: null, not 0',
      input: { measures: [measure(1, 1)] },
      expected: { progress: null, basis: { measureIds: [1], actionIds: [], followUpIds: [], valueIds: [] } },
    },
    {
      name: 'the plain mean of the counted actions',
      input: {
        measures: [measure(1, 1)],
        actions: [action(1, 100, [1]), action(2, 100, [1]), action(3, 200, [1])],
        followUps: [followUp(11, 1, 2, 'ongoing', 40), followUp(12, 2, 2, 'completed'), followUp(13, 3, 2, 'planned')],
      },
      expected: { progress: (0.4 + 1 + 0) / 3, basis: { measureIds: [1], actionIds: [1, 2, 3], followUpIds: [11, 12, 13], valueIds: [] } },
    },
    {
      name: 'all cancelled: null, the actions listed',
      input: {
        measures: [measure(1, 1)],
        actions: [action(1, 100, [1], { status: 'cancelled' }), action(2, 100, [1])],
        followUps: [followUp(12, 2, 2, 'cancelled')],
      },
      expected: {
        progress: null,
        leftOut: { measureIds: [], cancelledActionIds: [1, 2], missingActionIds: [], notDueActionIds: [], unlinkedActionIds: [] },
      },
    },
    {
      name: 'a missing follow-up is left out of the mean, not counted as 0, and listed',
      input: {
        measures: [measure(1, 1)],
        actions: [action(1, 100, [1]), action(2, 100, [1]), action(3, 100, [1], { plannedStart: '2026-03-01' })],
        followUps: [followUp(11, 1, 2, 'ongoing', 80)],
      },
      expected: {
        progress: 0.8,
        leftOut: { measureIds: [], cancelledActionIds: [], missingActionIds: [2], notDueActionIds: [3], unlinkedActionIds: [] },
      },
    },
    {
      name: 'an action linked to two measures counts for both',
      input: {
        measures: [measure(1, 1), measure(2, 1)],
        actions: [action(1, 100, [1, 2]), action(2, 100, [2])],
        followUps: [followUp(11, 1, 2, 'ongoing', 60), followUp(12, 2, 2, 'ongoing', 20)],
      },
      measureId: 2,
      expected: { progress: 0.4, basis: { measureIds: [2], actionIds: [1, 2], followUpIds: [11, 12], valueIds: [] } },
    },
  ]
  it.each(cases)('$name', ({ input, measureId = 1, expected }) => {
    const result = implementationProgress(progressInput({ ...base, ...input }), 2)
    const figure = result.measures.find((m) => m.measureId === measureId)!
    expect(figure).toMatchObject({ ...expected, progress: fraction(expected.progress) })
  })
})

describe('implementationProgress: goals', () => {
  // goal 1 with sub-goal 2 (and its sub-goal 3); measure 1 under goal 1 at 20 %, measure 2 under 2 at 80 %, measure 3 under 3 at 50 %
  const tree = {
    goals: [goal(1), goal(2, 1), goal(3, 2), goal(4)],
    actions: [action(1, 100, [1]), action(2, 100, [2]), action(3, 100, [3])],
    followUps: [followUp(11, 1, 2, 'ongoing', 20), followUp(12, 2, 2, 'ongoing', 80), followUp(13, 3, 2, 'ongoing', 50)],
  }
  type Case = { name: string; weights: (number | null | undefined)[]; goalId: number; progress: number | null; leftOutMeasureIds: number[] }
  const cases: Case[] = [
    {
      name: 'equal weights by default; sub-goals at any depth roll up into their goal',
      weights: [undefined, undefined, undefined],
      goalId: 1,
      progress: (0.2 + 0.8 + 0.5) / 3,
      leftOutMeasureIds: [],
    },
    { name: 'a null weight is the default 1', weights: [null, null, null], goalId: 1, progress: 0.5, leftOutMeasureIds: [] },
    { name: 'a weight set by OPK staff', weights: [2, 1, 1], goalId: 1, progress: (2 * 0.2 + 0.8 + 0.5) / 4, leftOutMeasureIds: [] },
    { name: 'weight 0: shown, not counted', weights: [0, 1, 1], goalId: 1, progress: 0.65, leftOutMeasureIds: [1] },
    { name: 'a sub-goal has its own figure over its subtree', weights: [1, 1, 1], goalId: 2, progress: 0.65, leftOutMeasureIds: [] },
    { name: 'a goal without measures: null', weights: [1, 1, 1], goalId: 4, progress: null, leftOutMeasureIds: [] },
    { name: 'all weights 0: null', weights: [0, 0, 0], goalId: 1, progress: null, leftOutMeasureIds: [1, 2, 3] },
  ]
  it.each(cases)('$name', ({ weights, goalId, progress, leftOutMeasureIds }) => {
    const measures = [measure(1, 1, { weight: weights[0] }), measure(2, 2, { weight: weights[1] }), measure(3, 3, { weight: weights[2] })]
    const figure = implementationProgress(progressInput({ ...base, ...tree, measures }), 2).goals.find((g) => g.goalId === goalId)!
    expect(figure).toMatchObject({ progress: fraction(progress), leftOut: { measureIds: leftOutMeasureIds } })
  })

  it('a measure without progress is listed, not averaged in as 0, and its left-out actions are listed with the goal', () => {
    const input = progressInput({
      ...base,
      measures: [measure(1, 1), measure(2, 1), measure(3, 1)],
      actions: [action(1, 100, [1]), action(2, 100, [2], { status: 'cancelled' }), action(3, 100, [3])],
      followUps: [followUp(11, 1, 2, 'ongoing', 30)],
    })
    expect(implementationProgress(input, 2).goals[0]).toMatchObject({
      progress: 0.3,
      basis: { measureIds: [1], actionIds: [1], followUpIds: [11], valueIds: [] },
      leftOut: { measureIds: [2, 3], cancelledActionIds: [2], missingActionIds: [3], notDueActionIds: [], unlinkedActionIds: [] },
    })
  })
})

describe('implementationProgress: organisations and the county', () => {
  const organisations = [
    organisation(100, 'municipality'),
    organisation(101, 'district', { parentId: 100 }),
    organisation(200, 'authority'),
    organisation(300, 'municipality', { archived: true }),
  ]
  const input = progressInput({
    periods,
    goals: [goal(1)],
    organisations,
    measures: [measure(1, 1), measure(2, 1, { weight: 3 })],
    actions: [
      action(1, 100, [1]), // 40 %
      action(2, 101, [2]), // the district's, 100 %
      action(3, 200, [2], { coOwnerIds: [100] }), // joint with the municipality, 0 %
      action(4, 200, [77]), // linked to no measure of the strategy
      action(5, 200, [1, 77]), // one measure of the strategy is enough, 60 %
    ],
    followUps: [
      followUp(11, 1, 2, 'ongoing', 40),
      followUp(12, 2, 2, 'completed'),
      followUp(13, 3, 2, 'planned'),
      followUp(14, 4, 2, 'ongoing', 90),
      followUp(15, 5, 2, 'ongoing', 60),
    ],
  })
  const result = implementationProgress(input, 2)
  const of = (organisationId: number) => result.organisations.find((o) => o.organisationId === organisationId)

  it.each<[string, number, number | null, number[], number[]]>([
    // name, organisation, progress, basis actionIds, unlinked
    [
      "a municipality: its own, its district's and its co-owned actions, rolled up over their measures",
      100,
      (0.4 + 3 * 0.5) / 4,
      [1, 2, 3],
      [],
    ],
    ['a district: only its own', 101, 1, [2], []],
    ['an authority: its unlinked action listed, not averaged', 200, (0.6 + 3 * 0) / 4, [3, 5], [4]],
  ])('%s', (_name, organisationId, progress, actionIds, unlinked) => {
    expect(of(organisationId)).toMatchObject({
      progress: fraction(progress),
      basis: { actionIds },
      leftOut: { unlinkedActionIds: unlinked },
    })
  })

  it('an archived organisation gets no figure', () => {
    expect(of(300)).toBeUndefined()
  })

  it('county-wide: all measures weighted, an action linked to two measures in both, unlinked actions listed', () => {
    // measure 1: actions 1 (40 %) and 5 (60 %) = 50 %; measure 2 (weight 3): actions 2 (100 %) and 3 (0 %) = 50 %
    expect(result.county.progress).toBeCloseTo(0.5, 10)
    expect(result.county.basis).toEqual({ measureIds: [1, 2], actionIds: [1, 2, 3, 5], followUpIds: [11, 12, 13, 15], valueIds: [] })
    expect(result.county.leftOut.unlinkedActionIds).toEqual([4])
    expect(result.unlinkedActionIds).toEqual([4])
    expect(result.actions.map((a) => a.actionId)).toEqual([1, 2, 3, 4, 5])
  })

  it('nothing at all: every figure null', () => {
    const empty = implementationProgress(
      progressInput({ periods, goals: [goal(1)], organisations: [organisation(100, 'municipality')] }),
      2,
    )
    expect(empty.county).toMatchObject({ progress: null, previous: null, change: null })
    expect(empty.goals[0].progress).toBeNull()
    expect(empty.organisations[0].progress).toBeNull()
  })
})

describe('implementationProgress: change since the previous period', () => {
  const threePeriods = [yearPeriod(3, 2026), yearPeriod(1, 2024), yearPeriod(2, 2025)]
  const input = progressInput({
    periods: threePeriods,
    goals: [goal(1)],
    measures: [measure(1, 1)],
    actions: [action(1, 100, [1]), action(2, 100, [1], { plannedStart: '2025-02-01' })],
    followUps: [
      followUp(11, 1, 1, 'ongoing', 20),
      followUp(12, 1, 2, 'ongoing', 50),
      followUp(13, 2, 2, 'ongoing', 10),
      followUp(14, 1, 3, 'completed'),
      followUp(15, 2, 3, 'ongoing', 40),
    ],
  })

  it.each<[string, number, number | null, number | null, number | null, number | null]>([
    // name, period, previous period, progress, previous, change
    ['the first period has nothing to compare with', 1, null, 0.2, null, null],
    ['2025 against 2024 (action 2 not due in 2024)', 2, 1, 0.3, 0.2, 0.1],
    ['2026 against 2025', 3, 2, 0.7, 0.3, 0.4],
  ])('%s', (_name, periodId, previousPeriodId, progress, previous, change) => {
    const result = implementationProgress(input, periodId)
    expect(result.previousPeriodId).toBe(previousPeriodId)
    for (const figure of [result.goals[0], result.measures[0], result.county]) {
      expect(figure).toMatchObject({ progress: fraction(progress), previous: fraction(previous), change: fraction(change) })
    }
  })

  it('no change when the previous period had no progress', () => {
    const firstMissing = progressInput({ ...input, followUps: [followUp(12, 1, 2, 'ongoing', 50)] })
    expect(implementationProgress(firstMissing, 2).goals[0]).toMatchObject({ progress: 0.5, previous: null, change: null })
  })
})

describe('rollUpMeasures', () => {
  it('weights each measure, whatever its number of actions', () => {
    const figure = (progress: number | null, actionIds: number[]) => ({
      progress,
      basis: { measureIds: [], actionIds, followUpIds: [], valueIds: [] },
      leftOut: { measureIds: [], cancelledActionIds: [], missingActionIds: [], notDueActionIds: [], unlinkedActionIds: [] },
    })
    const rolled = rollUpMeasures([
      { measure: measure(1, 1), figure: figure(1, [1, 2, 3, 4]) },
      { measure: measure(2, 1), figure: figure(0, [5]) },
    ])
    expect(rolled.progress).toBe(0.5)
    expect(rolled.basis.actionIds).toEqual([1, 2, 3, 4, 5])
  })
})

describe('implementationProgress: only the organisations a view needs', () => {
  const input = progressInput({
    ...base,
    organisations: [...base.organisations, organisation(300, 'authority', { archived: true })],
    measures: [measure(1, 1)],
    actions: [action(1, 100, [1]), action(2, 200, [1])],
    followUps: [followUp(11, 1, 2, 'ongoing', 40), followUp(12, 2, 2, 'ongoing', 80)],
  })
  const all = implementationProgress(input, 2)
  it('none: the other figures are the same', () => {
    const none = implementationProgress(input, 2, { organisationIds: [] })
    expect(none.organisations).toEqual([])
    expect({ ...none, organisations: all.organisations }).toEqual(all)
  })
  it('some: the same figures as for all, archived ones never', () => {
    const some = implementationProgress(input, 2, { organisationIds: [200, 300] })
    expect(some.organisations).toEqual(all.organisations.filter((o) => o.organisationId === 200))
  })
})
