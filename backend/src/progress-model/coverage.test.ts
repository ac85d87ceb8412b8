import { coverage, expectedOrganisations, measureCoverage } from './coverage'
import type { ActionInput, MeasureInput, PeriodInput } from './inputs'
import { isMeasureActiveIn } from './periods'
import { action, goal, measure, organisation, progressInput, yearPeriod } from './test-builders'

const stockholm = organisation(1, 'municipality')
const sodermalm = organisation(2, 'district', { parentId: 1 })
const solna = organisation(3, 'municipality')
const police = organisation(4, 'authority')
const prisons = organisation(5, 'authority')
const closedMunicipality = organisation(6, 'municipality', { archived: true })
const organisations = [stockholm, sodermalm, solna, police, prisons, closedMunicipality]

describe('expectedOrganisations', () => {
  it.each<[string, Partial<MeasureInput>, number[]]>([
    ['by kind: municipalities, not their districts, not archived ones', { expectedKinds: ['municipality'] }, [1, 3]],
    ['by kind and by name', { expectedKinds: ['municipality'], expectedOrganisationIds: [5] }, [1, 3, 5]],
    ['a district counts when it is named', { expectedOrganisationIds: [2] }, [2]],
    ['districts as a kind', { expectedKinds: ['district'] }, [2]],
    ['nobody', {}, []],
  ])('%s', (_name, more, expected) => {
    expect(expectedOrganisations(measure(1, 1, more), organisations).map((o) => o.id)).toEqual(expected)
  })
})

describe('measureCoverage', () => {
  const municipalities = measure(1, 1, { expectedKinds: ['municipality'], expectedOrganisationIds: [4] })
  it.each<[string, ActionInput[], number[], number | null]>([
    ['no actions: every expected organisation is a gap', [], [], 0],
    ['an own action covers', [action(1, 3, [1])], [3], 1 / 3],
    ['a co-owned action covers each owner', [action(1, 4, [1], { coOwnerIds: [3] })], [3, 4], 2 / 3],
    ["a district's action covers its municipality", [action(1, 2, [1])], [1], 1 / 3],
    ['a completed action covers: the organisation acted', [action(1, 3, [1], { status: 'completed' })], [3], 1 / 3],
    ['a planned action covers', [action(1, 3, [1], { status: 'planned' })], [3], 1 / 3],
    ['a cancelled action does not', [action(1, 3, [1], { status: 'cancelled' })], [], 0],
    ['an archived action does not', [action(1, 3, [1], { archived: true })], [], 0],
    ['an action in an archived plan does not', [action(1, 3, [1], { planArchived: true })], [], 0],
    ['an action on another measure does not', [action(1, 3, [2])], [], 0],
    ["an unexpected organisation's action covers nobody", [action(1, 5, [1])], [], 0],
  ])('%s', (_name, actions, covered, ratio) => {
    const result = measureCoverage(municipalities, organisations, actions)
    expect(result.expectedOrganisationIds).toEqual([1, 3, 4])
    expect(result.coveredOrganisationIds).toEqual(covered)
    expect(result.gapOrganisationIds).toEqual([1, 3, 4].filter((id) => !covered.includes(id)))
    expect(result.coverage).toBeCloseTo(ratio as number, 10)
  })

  it('names the actions behind each covered organisation', () => {
    const result = measureCoverage(municipalities, organisations, [
      action(7, 2, [1]),
      action(8, 4, [1], { coOwnerIds: [1] }),
      action(9, 5, [1]),
    ])
    expect(result.coveredBy).toEqual([
      { organisationId: 1, actionIds: [7, 8] },
      { organisationId: 4, actionIds: [8] },
    ])
    expect(result.basis).toEqual({ measureIds: [1], actionIds: [7, 8], followUpIds: [], valueIds: [] })
  })

  it('nobody expected: null, not 0 or 100 %', () => {
    expect(measureCoverage(measure(1, 1), organisations, [action(1, 3, [1])]).coverage).toBeNull()
  })
})

describe('isMeasureActiveIn', () => {
  const straddling: PeriodInput = { id: 9, startsOn: '2024-07-01', endsOn: '2025-06-30' }
  it.each<[string, number | null, number | null, PeriodInput, boolean]>([
    ['open-ended', null, null, yearPeriod(1, 2025), true],
    ['from this year', 2025, null, yearPeriod(1, 2025), true],
    ['from next year', 2026, null, yearPeriod(1, 2025), false],
    ['until this year', null, 2025, yearPeriod(1, 2025), true],
    ['ended last year', null, 2024, yearPeriod(1, 2025), false],
    ['a period over two years overlaps the earlier', 2020, 2024, straddling, true],
    ['a period over two years overlaps the later', 2025, 2026, straddling, true],
  ])('%s', (_name, from, to, period, active) => {
    expect(isMeasureActiveIn(measure(1, 1, { activeFromYear: from, activeToYear: to }), period)).toBe(active)
  })
})

describe('coverage of a period', () => {
  const input = progressInput({
    periods: [yearPeriod(1, 2024), yearPeriod(2, 2025)],
    goals: [goal(1), goal(2, 1), goal(3)],
    organisations,
    measures: [
      measure(1, 1, { expectedKinds: ['municipality'] }), // Stockholm through Södermalm; Solna a gap
      measure(2, 2, { expectedOrganisationIds: [4, 5] }), // both covered (joint action)
      measure(3, 2, { expectedKinds: ['municipality'], activeToYear: 2024 }), // not active in 2025
      measure(4, 3), // nobody expected
    ],
    actions: [action(1, 2, [1]), action(2, 4, [2], { coOwnerIds: [5] })],
  })
  const result = coverage(input, 2)

  it('leaves out measures not active in the period', () => {
    expect(result.measures.map((m) => m.measureId)).toEqual([1, 2, 4])
    expect(coverage(input, 1).measures.map((m) => m.measureId)).toEqual([1, 2, 3, 4])
  })

  it.each<[string, number, number, number, number | null]>([
    ['a goal sums (measure, organisation) pairs over its sub-goals too', 1, 4, 3, 3 / 4],
    ['a sub-goal over its own measures', 2, 2, 2, 1],
    ['nobody expected: null', 3, 0, 0, null],
  ])('%s', (_name, goalId, expected, covered, ratio) => {
    expect(result.goals.find((g) => g.goalId === goalId)).toMatchObject({ expected, covered, coverage: ratio })
  })

  it('county-wide and the gaps', () => {
    expect(result.county).toMatchObject({ expected: 4, covered: 3, coverage: 0.75, basis: { measureIds: [1, 2, 4], actionIds: [1, 2] } })
    expect(result.gaps).toEqual([{ measureId: 1, organisationId: 3 }])
  })

  it.each<[string, number, number, number, number | null, number[], number[]]>([
    ['covered through a district', 1, 1, 1, 1, [], [1]],
    ['a gap', 3, 1, 0, 0, [1], []],
    ['through a joint action owned by another', 5, 1, 1, 1, [], [2]],
    ['a district expected on nothing', 2, 0, 0, null, [], []],
  ])('per organisation: %s', (_name, organisationId, expected, covered, ratio, gapMeasureIds, actionIds) => {
    expect(result.organisations.find((o) => o.organisationId === organisationId)).toMatchObject({
      expected,
      covered,
      coverage: ratio,
      gapMeasureIds,
      basis: { actionIds },
    })
  })

  it('only the organisations a view needs: none, or some (archived ones never); the rest is the same', () => {
    expect(coverage(input, 2, { organisationIds: [] })).toEqual({ ...result, organisations: [] })
    expect(coverage(input, 2, { organisationIds: [5, 6] }).organisations).toEqual(
      result.organisations.filter((o) => o.organisationId === 5),
    )
  })
})
