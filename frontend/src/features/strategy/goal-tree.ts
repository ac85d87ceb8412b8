import type { Goal, Measure } from '@uppfoljning/contract'

export type GoalNode = { goal: Goal; measures: Measure[]; subGoals: GoalNode[] }

const byOrder = <T extends { sortOrder: number; code: string }>(a: T, b: T) =>
  a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'sv', { numeric: true })

/**
 * Goals as a tree (goal → sub-goals) with each goal's measures, all in display order. The measures come
 * from one request for the whole strategy and are grouped here, so the page costs two requests, not one
 * per goal. A sub-goal whose parent is missing from the list is shown as a goal of its own.
 */
export function goalTree(goals: Goal[], measures: Measure[]): GoalNode[] {
  const measuresOf = new Map<number, Measure[]>()
  for (const measure of measures) {
    const list = measuresOf.get(measure.goalId) ?? []
    list.push(measure)
    measuresOf.set(measure.goalId, list)
  }
  const ids = new Set(goals.map((g) => g.id))
  const childrenOf = new Map<number, Goal[]>()
  const roots: Goal[] = []
  for (const goal of goals) {
    if (goal.parentId !== null && ids.has(goal.parentId)) {
      childrenOf.set(goal.parentId, [...(childrenOf.get(goal.parentId) ?? []), goal])
    } else {
      roots.push(goal)
    }
  }
  const node = (goal: Goal): GoalNode => ({
    goal,
    measures: (measuresOf.get(goal.id) ?? []).sort(byOrder),
    subGoals: (childrenOf.get(goal.id) ?? []).sort(byOrder).map(node),
  })
  return roots.sort(byOrder).map(node)
}
