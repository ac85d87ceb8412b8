// What changed between two reports' snapshots: pure functions of the frozen figures, so the answer for an approved
// report never changes either (the previous report it compares with is approved, hence frozen too).
import type { GoalProgress, ReportChanges, ReportDelta, ReportGap, ReportSnapshot, SubGoalProgress } from '@uppfoljning/contract'

/** now − before, null unless both exist. */
export const delta = (now: number | null, before: number | null): ReportDelta => ({
  now,
  before,
  change: now === null || before === null ? null : now - before,
})

/** Every goal of a snapshot in display order: each top-level goal, then its sub-goals. */
export const goalRows = (snapshot: ReportSnapshot): (GoalProgress | SubGoalProgress)[] =>
  snapshot.goals.goals.flatMap((g) => [g, ...g.subGoals])

type CellState = 'covered' | 'gap' | 'not-expected'
const pair = (measureId: number, organisationId: number) => `${measureId}:${organisationId}`

/** Every cell of the coverage matrix with its measure and organisation, in the matrix's order (goal, measure, organisation). */
export function coverageCells(snapshot: ReportSnapshot): (ReportGap & { state: CellState })[] {
  const names = new Map(snapshot.coverage.organisations.map((o) => [o.id, o.name]))
  return snapshot.coverage.goals.flatMap((goal) =>
    goal.measures.flatMap((m) =>
      m.cells.map((cell) => ({
        measureId: m.measureId,
        code: m.code,
        title: m.title,
        goalId: m.goalId,
        organisation: { id: cell.organisationId, name: names.get(cell.organisationId) ?? '' },
        state: cell.state,
      })),
    ),
  )
}

/**
 * This snapshot against the previous report's: progress and coverage per goal of this report and county-wide;
 * new gaps (a gap now that was not one before: covered then, or not yet expected) and closed gaps (a gap then that
 * is covered now; a gap that went away because the measure ended or nobody expects it any more is neither).
 */
export function changesBetween(
  current: ReportSnapshot,
  previous: ReportSnapshot,
  previousReport: ReportChanges['previousReport'],
): ReportChanges {
  const before = new Map(goalRows(previous).map((g) => [g.goalId, g]))
  const stateBefore = new Map(coverageCells(previous).map((c) => [pair(c.measureId, c.organisation.id), c.state]))
  const cells = coverageCells(current)
  const wasGap = (c: ReportGap) => stateBefore.get(pair(c.measureId, c.organisation.id)) === 'gap'
  const gap = ({ state: _, ...c }: ReportGap & { state: CellState }): ReportGap => c
  return {
    previousReport,
    county: {
      progress: delta(current.goals.county.progress.progress, previous.goals.county.progress.progress),
      coverage: delta(current.goals.county.coverage.coverage, previous.goals.county.coverage.coverage),
    },
    goals: goalRows(current).map((g) => {
      const then = before.get(g.goalId)
      return {
        goalId: g.goalId,
        code: g.code,
        title: g.title,
        parentId: g.parentId,
        progress: delta(g.progress.progress, then?.progress.progress ?? null),
        coverage: delta(g.coverage.coverage, then?.coverage.coverage ?? null),
      }
    }),
    newGaps: cells.filter((c) => c.state === 'gap' && !wasGap(c)).map(gap),
    closedGaps: cells.filter((c) => c.state === 'covered' && wasGap(c)).map(gap),
  }
}
