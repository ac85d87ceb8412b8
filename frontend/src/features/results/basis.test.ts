// The basis of a figure arranged for reading: nothing of the API's answer is dropped, each row has its place.
import type { MeasureCoverageDetail, ProgressAction, ProgressExplanation, ProgressMeasure } from '@uppfoljning/contract'
import { byCode, gapsByMeasure, groupByOrganisation, leftOutGroups } from './basis'
import { measuresByGoal, stateCounts, uniqueActions, type OrganisationMeasure } from './organisation-view'
import type { GoalRow } from './figures'

const action = (id: number, organisation: [number, string], changes: Partial<ProgressAction> = {}): ProgressAction => ({
  id,
  title: `Aktivitet ${id}`,
  organisation: { id: organisation[0], name: organisation[1] },
  coOwners: [],
  measureIds: [],
  plannedStart: null,
  planStatus: 'ongoing',
  status: 'ongoing',
  standing: 'missing',
  progress: null,
  followUp: null,
  uncountedFollowUp: null,
  ...changes,
})

const measure = (id: number, code: string): ProgressMeasure => ({ id, code, title: `Åtgärd ${code}`, goalId: 1, weight: 1, progress: null })

const SOLNA: [number, string] = [1, 'Solna stad']
const NACKA: [number, string] = [6, 'Nacka kommun']
const OREBRO: [number, string] = [9, 'Österåkers kommun']

test('leftOutGroups lists only the reasons that have rows, in reading order, actions by organisation', () => {
  const leftOut: ProgressExplanation['progress']['leftOut'] = {
    measures: [measure(5, 'M5')],
    cancelled: [action(6, NACKA)],
    missing: [action(3, SOLNA, { title: 'B' }), action(2, OREBRO), action(4, SOLNA, { title: 'A' })],
    notDue: [],
    unlinked: [action(7, NACKA)],
  }
  const groups = leftOutGroups(leftOut)
  expect(groups.map((g) => g.reason)).toEqual(['measures', 'missing', 'cancelled', 'unlinked'])
  const missing = groups[1]
  expect(missing.reason === 'missing' && missing.actions.map((a) => a.id)).toEqual([4, 3, 2])
})

test('leftOutGroups of nothing left out is empty', () => {
  expect(leftOutGroups({ measures: [], cancelled: [], missing: [], notDue: [], unlinked: [] })).toEqual([])
})

test('byCode sorts codes as numbers ("1.2" before "1.10")', () => {
  expect(byCode([{ code: '1.10' }, { code: '2' }, { code: '1.2' }]).map((m) => m.code)).toEqual(['1.2', '1.10', '2'])
})

test('gapsByMeasure keeps the measures with gaps, by code, their gaps by name (å ä ö last)', () => {
  const detail = (measureId: number, code: string, gaps: string[]): MeasureCoverageDetail => ({
    measureId,
    code,
    title: code,
    goalId: 1,
    coverage: { expected: 3, covered: 3 - gaps.length, coverage: null },
    coveredBy: [],
    gaps: gaps.map((name, id) => ({ id, name })),
  })
  const result = gapsByMeasure([detail(1, '1.10', ['Österåker', 'Nacka']), detail(2, '1.2', []), detail(3, '1.3', ['Ekerö'])])
  expect(result.map((m) => [m.code, m.gaps.map((g) => g.name)])).toEqual([
    ['1.3', ['Ekerö']],
    ['1.10', ['Nacka', 'Österåker']],
  ])
})

test('groupByOrganisation groups actions under the organisation whose plan holds them', () => {
  const groups = groupByOrganisation([action(1, OREBRO), action(2, SOLNA), action(3, OREBRO)])
  expect(groups.map((g) => [g.organisation.name, g.actions.map((a) => a.id)])).toEqual([
    ['Solna stad', [2]],
    ['Österåkers kommun', [1, 3]],
  ])
})

const goalRow = (goalId: number, code: string, depth = 0) => ({ goalId, code, title: code, depth }) as GoalRow
const orgMeasure = (
  measureId: number,
  code: string,
  goalId: number,
  state: OrganisationMeasure['state'],
  actions: ProgressAction[] = [],
): OrganisationMeasure => ({
  measureId,
  code,
  title: code,
  goalId,
  expected: state !== 'not-expected',
  state,
  progress: {
    progress: null,
    previous: null,
    change: null,
    counted: { measures: 1, actions: 0, followUps: 0 },
    leftOut: { measures: 0, cancelledActions: 0, missingActions: 0, notDueActions: 0, unlinkedActions: 0 },
  },
  actions,
})

test('measuresByGoal follows the goal tree, skips goals without measures, puts unknown goals last', () => {
  const goals = [goalRow(1, '1'), goalRow(11, '1.1', 1), goalRow(2, '2')]
  const groups = measuresByGoal(
    [
      orgMeasure(5, '2.1', 2, 'gap'),
      orgMeasure(3, '1.1.2', 11, 'covered'),
      orgMeasure(2, '1.1.1', 11, 'gap'),
      orgMeasure(9, '9.1', 99, 'not-expected'),
    ],
    goals,
  )
  expect(groups.map((g) => [g.goal?.code ?? null, g.measures.map((m) => m.code)])).toEqual([
    ['1.1', ['1.1.1', '1.1.2']],
    ['2', ['2.1']],
    [null, ['9.1']],
  ])
})

test('uniqueActions lists an action linked to two measures once; stateCounts counts the states', () => {
  const shared = action(1, SOLNA, { title: 'Gemensam' })
  const measures = [
    orgMeasure(1, '1', 1, 'covered', [shared]),
    orgMeasure(2, '2', 1, 'covered', [shared, action(2, SOLNA, { title: 'Egen' })]),
    orgMeasure(3, '3', 1, 'gap'),
  ]
  expect(uniqueActions({ measures }).map((a) => a.id)).toEqual([2, 1])
  expect(stateCounts(measures)).toEqual({ covered: 2, gap: 1, notExpected: 0 })
})
