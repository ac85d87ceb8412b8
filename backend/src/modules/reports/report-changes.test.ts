// What changed between two reports, from hand-made snapshots holding only what the comparison reads.
import type { ReportSnapshot } from '@uppfoljning/contract'
import { changesBetween, delta } from './report-changes'

type State = 'covered' | 'gap' | 'not-expected'
interface GoalSpec {
  id: number
  parentId?: number
  progress: number | null
  coverage: number | null
}

const figures = (progress: number | null, coverage: number | null) => ({ progress: { progress }, coverage: { coverage } })
const goal = (g: GoalSpec) => ({
  goalId: g.id,
  code: String(g.id),
  title: `Mål ${g.id}`,
  parentId: g.parentId ?? null,
  ...figures(g.progress, g.coverage),
})

/** A snapshot of top-level goals (sub-goals name their parent), county figures, and one matrix row per measure. */
function snapshot(
  goals: GoalSpec[],
  county: [number | null, number | null],
  measures: { id: number; goalId: number; cells: Record<number, State> }[],
): ReportSnapshot {
  const organisations = [1, 2].map((id) => ({ id, name: `Organisation ${id}` }))
  return {
    goals: {
      goals: goals.filter((g) => !g.parentId).map((g) => ({ ...goal(g), subGoals: goals.filter((s) => s.parentId === g.id).map(goal) })),
      county: figures(...county),
    },
    coverage: {
      organisations,
      goals: [
        {
          measures: measures.map((m) => ({
            measureId: m.id,
            code: `M${m.id}`,
            title: `Åtgärd ${m.id}`,
            goalId: m.goalId,
            cells: organisations.map((o) => ({ organisationId: o.id, state: m.cells[o.id] ?? 'not-expected' })),
          })),
        },
      ],
    },
  } as unknown as ReportSnapshot
}

const previousReport = {
  id: 7,
  title: 'Lägesrapport 2024',
  period: { id: 1, name: '2024', startsOn: '2024-01-01', endsOn: '2024-12-31', status: 'closed' as const },
  approvedAt: '2025-03-01T10:00:00.000Z',
}

describe('delta', () => {
  it.each([
    [0.6, 0.2, 0.4],
    [0.2, 0.6, -0.4],
    [0, 0, 0],
    [null, 0.2, null],
    [0.5, null, null],
    [null, null, null],
  ])('now %p, before %p → change %p', (now, before, change) => {
    const d = delta(now, before)
    expect(d).toEqual({ now, before, change: change === null ? null : expect.closeTo(change, 10) })
  })
})

describe('changesBetween', () => {
  const before = snapshot(
    [
      { id: 1, progress: 0.2, coverage: 0.5 },
      { id: 2, progress: null, coverage: 1 },
    ],
    [0.2, 0.75],
    [
      { id: 10, goalId: 1, cells: { 1: 'covered', 2: 'gap' } }, // M10 × 2: gap then, covered now → closed
      { id: 11, goalId: 2, cells: { 1: 'covered', 2: 'gap' } }, // M11 × 1: covered then, gap now → new; × 2 gap both times → neither
      { id: 12, goalId: 2, cells: { 1: 'gap', 2: 'gap' } }, // M12 × 1: gap then, not expected now → neither; M12 × 2 gap → covered: closed
    ],
  )
  const now = snapshot(
    [
      { id: 1, progress: 0.6, coverage: 1 },
      { id: 2, progress: 0.5, coverage: 0.25 },
      { id: 3, parentId: 2, progress: 0.4, coverage: null },
    ],
    [0.55, 0.6],
    [
      { id: 10, goalId: 1, cells: { 1: 'covered', 2: 'covered' } },
      { id: 11, goalId: 2, cells: { 1: 'gap', 2: 'gap' } },
      { id: 12, goalId: 2, cells: { 1: 'not-expected', 2: 'covered' } },
      { id: 13, goalId: 3, cells: { 1: 'gap' } }, // a measure the previous report did not have: its gap is new
    ],
  )
  const changes = changesBetween(now, before, previousReport)

  it('names the previous report', () => expect(changes.previousReport).toBe(previousReport))

  it('compares every goal of this report (a sub-goal after its goal; none before: null) and the county', () => {
    expect(changes.goals).toEqual([
      {
        goalId: 1,
        code: '1',
        title: 'Mål 1',
        parentId: null,
        progress: { now: 0.6, before: 0.2, change: expect.closeTo(0.4, 10) },
        coverage: { now: 1, before: 0.5, change: 0.5 },
      },
      {
        goalId: 2,
        code: '2',
        title: 'Mål 2',
        parentId: null,
        progress: { now: 0.5, before: null, change: null },
        coverage: { now: 0.25, before: 1, change: -0.75 },
      },
      {
        goalId: 3,
        code: '3',
        title: 'Mål 3',
        parentId: 2,
        progress: { now: 0.4, before: null, change: null },
        coverage: { now: null, before: null, change: null },
      },
    ])
    expect(changes.county).toEqual({
      progress: { now: 0.55, before: 0.2, change: expect.closeTo(0.35, 10) },
      coverage: { now: 0.6, before: 0.75, change: expect.closeTo(-0.15, 10) },
    })
  })

  it('new gaps: gaps now that were covered, not expected or not there before; a lasting gap is not new', () => {
    expect(changes.newGaps.map((g) => [g.measureId, g.organisation.id])).toEqual([
      [11, 1],
      [13, 1],
    ])
    expect(changes.newGaps[0]).toEqual({
      measureId: 11,
      code: 'M11',
      title: 'Åtgärd 11',
      goalId: 2,
      organisation: { id: 1, name: 'Organisation 1' },
    })
  })

  it('closed gaps: gaps then that are covered now; a gap that went away with the expectation is not closed', () => {
    expect(changes.closedGaps.map((g) => [g.measureId, g.organisation.id])).toEqual([
      [10, 2],
      [12, 2],
    ])
  })

  it('nothing changed: equal figures, no new or closed gaps', () => {
    const same = changesBetween(before, before, previousReport)
    expect(same.newGaps).toEqual([])
    expect(same.closedGaps).toEqual([])
    expect(same.goals.map((g) => g.progress.change)).toEqual([0, null])
  })
})
