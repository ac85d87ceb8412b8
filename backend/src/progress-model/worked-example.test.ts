// The worked example of docs/progress.md: every number the document shows is asserted here.
import { progressReport } from './progress-report'
import { action, followUp, goal, indicator, indicatorValue, measure, organisation, progressInput, yearPeriod } from './test-builders'

const [P2024, P2025] = [1, 2]
const [SOLNA, STOCKHOLM, SODERMALM, POLICE, PRISONS, NACKA] = [1, 2, 3, 4, 5, 6]

const example = progressInput({
  periods: [yearPeriod(P2025, 2025), yearPeriod(P2024, 2024)],
  organisations: [
    organisation(SOLNA, 'municipality'),
    organisation(STOCKHOLM, 'municipality'),
    organisation(SODERMALM, 'district', { parentId: STOCKHOLM }),
    organisation(POLICE, 'authority'),
    organisation(PRISONS, 'authority'),
    organisation(NACKA, 'municipality'),
  ],
  goals: [goal(1), goal(2), goal(3, 2)],
  measures: [
    measure(1, 1, { expectedKinds: ['municipality'] }),
    measure(2, 1, { expectedOrganisationIds: [PRISONS], weight: 2 }),
    measure(3, 2, { expectedKinds: ['municipality'] }),
    measure(4, 3, { expectedKinds: ['municipality'], expectedOrganisationIds: [POLICE], activeFromYear: 2025 }),
    measure(5, 1),
  ],
  actions: [
    action(1, SOLNA, [1]),
    action(2, SOLNA, [1, 3]),
    action(3, STOCKHOLM, [3]),
    action(4, SODERMALM, [4], { coOwnerIds: [POLICE], plannedStart: '2025-01-15' }),
    action(5, PRISONS, [2], { status: 'completed' }),
    action(6, PRISONS, [2], { status: 'cancelled' }),
    action(7, POLICE, [99]),
    action(8, SOLNA, [3], { status: 'planned', plannedStart: '2025-03-01' }),
    action(9, STOCKHOLM, [1], { status: 'planned', plannedStart: '2026-02-01' }),
  ],
  followUps: [
    followUp(1, 1, P2024, 'ongoing', 20),
    followUp(2, 2, P2024, 'ongoing', 50),
    followUp(3, 3, P2024, 'ongoing', 30),
    followUp(5, 5, P2024, 'completed', 100),
    followUp(11, 1, P2025, 'ongoing', 40),
    followUp(12, 2, P2025, 'completed', 90, { state: 'submitted' }),
    followUp(13, 3, P2025, 'ongoing', 45, { state: 'returned' }),
    followUp(14, 4, P2025, 'ongoing', 60),
    followUp(17, 7, P2025, 'ongoing', 50),
    followUp(18, 8, P2025, 'planned', 0, { state: 'submitted' }),
  ],
  indicators: [indicator(1, 'increase', 60, 90), indicator(2, 'decrease', 40, 30), indicator(3, 'increase', 25, 25)],
  indicatorValues: [
    indicatorValue(1, 1, P2024, 70),
    indicatorValue(2, 1, P2025, 80),
    indicatorValue(3, 2, P2024, 42),
    indicatorValue(4, 2, P2025, 35),
    indicatorValue(5, 2, P2024, null, { organisationId: SOLNA, suppressed: true }),
    indicatorValue(6, 2, P2025, 38, { organisationId: SOLNA }),
    indicatorValue(7, 2, P2025, null, { organisationId: STOCKHOLM, suppressed: true }),
    indicatorValue(8, 3, P2025, 28),
  ],
})

const report = progressReport(example, P2025, '2025-06-30')
const fraction = (value: number | null) => (value === null ? null : expect.closeTo(value, 10))

describe('worked example (docs/progress.md), period 2025', () => {
  it('step 1: how each action stands', () => {
    expect(report.implementation.actions.map((a) => [a.actionId, a.standing, a.progress, a.followUpId])).toEqual([
      [1, 'counted', 0.4, 11],
      [2, 'counted', 1, 12],
      [3, 'missing', null, null],
      [4, 'counted', 0.6, 14],
      [5, 'counted', 1, 5],
      [6, 'cancelled', null, null],
      [7, 'counted', 0.5, 17],
      [8, 'counted', 0, 18],
      [9, 'notDue', null, null],
    ])
  })

  it.each<[number, number | null, number | null, number[]]>([
    // measure, 2025, 2024, actions behind 2025
    [1, 0.7, 0.35, [1, 2]],
    [2, 1, 1, [5]],
    [3, 0.5, 0.4, [2, 8]],
    [4, 0.6, null, [4]],
    [5, null, null, []],
  ])('step 2: measure %i', (measureId, progress, previous, actionIds) => {
    expect(report.implementation.measures.find((m) => m.measureId === measureId)).toMatchObject({
      progress: fraction(progress),
      previous: fraction(previous),
      basis: { actionIds },
    })
  })

  it('step 2: what measures leave out is listed', () => {
    const measures = report.implementation.measures
    expect(measures[0].leftOut).toMatchObject({ notDueActionIds: [9] })
    expect(measures[1].leftOut).toMatchObject({ cancelledActionIds: [6] })
    expect(measures[2].leftOut).toMatchObject({ missingActionIds: [3] })
  })

  it.each<[number, number | null, number | null, number | null, number[]]>([
    // goal, 2025, 2024, change, measures left out
    [1, 0.9, 2.35 / 3, 0.9 - 2.35 / 3, [5]],
    [2, 0.55, 0.4, 0.15, []],
    [3, 0.6, null, null, []],
  ])('step 3: goal %i', (goalId, progress, previous, change, leftOutMeasureIds) => {
    expect(report.implementation.goals.find((g) => g.goalId === goalId)).toMatchObject({
      progress: fraction(progress),
      previous: fraction(previous),
      change: fraction(change),
      leftOut: { measureIds: leftOutMeasureIds },
    })
  })

  it('step 4: county-wide', () => {
    expect(report.implementation.county).toMatchObject({
      progress: fraction(0.76),
      previous: fraction(0.6875),
      change: fraction(0.0725),
      basis: { measureIds: [1, 2, 3, 4], actionIds: [1, 2, 4, 5, 8], followUpIds: [5, 11, 12, 14, 18] },
      leftOut: { measureIds: [5], cancelledActionIds: [6], missingActionIds: [3], notDueActionIds: [9], unlinkedActionIds: [7] },
    })
    expect(report.implementation.unlinkedActionIds).toEqual([7])
  })

  it.each<[number, number | null, number[], number[]]>([
    // organisation, 2025, actions behind, left-out measures
    [SOLNA, 0.6, [1, 2, 8], []],
    [STOCKHOLM, 0.6, [4], [1, 3]],
    [SODERMALM, 0.6, [4], []],
    [POLICE, 0.6, [4], []],
    [PRISONS, 1, [5], []],
    [NACKA, null, [], []],
  ])('step 5: organisation %i', (organisationId, progress, actionIds, leftOutMeasureIds) => {
    expect(report.implementation.organisations.find((o) => o.organisationId === organisationId)).toMatchObject({
      progress: fraction(progress),
      basis: { actionIds },
      leftOut: { measureIds: leftOutMeasureIds },
    })
  })

  it('step 5: Polisen lists its unlinked action', () => {
    expect(report.implementation.organisations.find((o) => o.organisationId === POLICE)?.leftOut.unlinkedActionIds).toEqual([7])
  })

  it.each<[number, number[], number[], number | null]>([
    // measure, expected, covered, coverage
    [1, [SOLNA, STOCKHOLM, NACKA], [SOLNA, STOCKHOLM], 2 / 3],
    [2, [PRISONS], [PRISONS], 1],
    [3, [SOLNA, STOCKHOLM, NACKA], [SOLNA, STOCKHOLM], 2 / 3],
    [4, [SOLNA, STOCKHOLM, POLICE, NACKA], [STOCKHOLM, POLICE], 0.5],
    [5, [], [], null],
  ])('step 6: coverage of measure %i', (measureId, expected, covered, ratio) => {
    expect(report.coverage.measures.find((m) => m.measureId === measureId)).toMatchObject({
      expectedOrganisationIds: expected,
      coveredOrganisationIds: covered,
      coverage: fraction(ratio),
    })
  })

  it('step 6: coverage per goal, county-wide, and the gaps', () => {
    expect(report.coverage.goals.map((g) => [g.goalId, g.covered, g.expected])).toEqual([
      [1, 3, 4],
      [2, 4, 7],
      [3, 2, 4],
    ])
    expect(report.coverage.county).toMatchObject({ covered: 7, expected: 11, coverage: fraction(7 / 11) })
    expect(report.coverage.gaps).toEqual([
      { measureId: 1, organisationId: NACKA },
      { measureId: 3, organisationId: NACKA },
      { measureId: 4, organisationId: SOLNA },
      { measureId: 4, organisationId: NACKA },
    ])
    expect(report.coverage.measures.find((m) => m.measureId === 4)?.coveredBy).toEqual([
      { organisationId: STOCKHOLM, actionIds: [4] },
      { organisationId: POLICE, actionIds: [4] },
    ])
  })

  it('step 7: outcomes', () => {
    const outcome = (indicatorId: number, organisationId: number | null) =>
      report.outcomes.find((o) => o.indicatorId === indicatorId && o.organisationId === organisationId)
    expect(outcome(1, null)).toMatchObject({
      value: 80,
      ratio: fraction(2 / 3),
      barRatio: fraction(2 / 3),
      targetMet: false,
      trend: { fromPeriodId: P2024, change: 10, verdict: 'better' },
      basis: { valueIds: [1, 2] },
    })
    expect(outcome(1, null)?.series[0]).toMatchObject({ value: 70, ratio: fraction(1 / 3) })
    expect(outcome(2, null)).toMatchObject({ value: 35, ratio: fraction(0.5), trend: { change: -7, verdict: 'better' } })
    expect(outcome(2, null)?.series[0]).toMatchObject({ value: 42, ratio: fraction(-0.2), barRatio: 0 })
    expect(outcome(2, SOLNA)).toMatchObject({
      value: 38,
      ratio: fraction(0.2),
      trend: null,
      series: [{ suppressed: true, value: null }, { value: 38 }],
    })
    expect(outcome(2, STOCKHOLM)).toMatchObject({ value: null, suppressed: true, ratio: null, noRatioReason: 'suppressed', trend: null })
    expect(outcome(3, null)).toMatchObject({ value: 28, ratio: null, noRatioReason: 'targetEqualsBaseline', targetMet: true })
    expect(report.outcomes.map((o) => [o.indicatorId, o.organisationId])).toEqual([
      [1, null],
      [2, null],
      [2, SOLNA],
      [2, STOCKHOLM],
      [3, null],
    ])
  })

  it('step 8: attention flags', () => {
    expect(report.attention).toEqual({
      periodId: P2025,
      referenceDate: '2025-06-30',
      actionsWithoutFollowUp: [{ actionId: 3, organisationId: STOCKHOLM, uncountedFollowUp: { id: 13, state: 'returned' } }],
      plannedPastStart: [{ actionId: 8, organisationId: SOLNA, plannedStart: '2025-03-01', followUpId: 18 }],
      measuresWithoutActiveAction: [5],
      organisationsNotReported: [
        { organisationId: PRISONS, dueActionIds: [] },
        { organisationId: NACKA, dueActionIds: [] },
      ],
    })
  })
})
