import type { Goal, Measure } from '@uppfoljning/contract'

export type MeasureGroup = { goal: Goal; measures: Measure[] }

const byOrder = <T extends { sortOrder: number; code: string }>(a: T, b: T) =>
  a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'sv', { numeric: true })

/**
 * The measures grouped by the goal (or delmål) they belong to, in the strategy's order: each goal, then its
 * sub-goals. Archived measures are left out unless `keep` holds them (an action may stay linked to one).
 * Goals without measures are left out.
 */
export function measureGroups(goals: Goal[], measures: Measure[], keep: number[] = []): MeasureGroup[] {
  const usable = measures.filter((m) => !m.archivedAt || keep.includes(m.id))
  const ids = new Set(goals.map((g) => g.id))
  const roots = goals.filter((g) => g.parentId === null || !ids.has(g.parentId)).sort(byOrder)
  const withSubGoals = (goal: Goal): Goal[] => [
    goal,
    ...goals
      .filter((g) => g.parentId === goal.id)
      .sort(byOrder)
      .flatMap(withSubGoals),
  ]
  const ordered = roots.flatMap(withSubGoals)
  return ordered
    .map((goal) => ({ goal, measures: usable.filter((m) => m.goalId === goal.id).sort(byOrder) }))
    .filter((group) => group.measures.length > 0)
}
