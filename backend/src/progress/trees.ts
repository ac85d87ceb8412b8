import type { ActionInput, GoalInput, MeasureInput, OrganisationInput } from './inputs'

/** The ids of a node and everything below it, following `parentId` (a cycle in the data cannot loop). */
function withDescendants(nodes: { id: number; parentId: number | null }[], rootId: number): Set<number> {
  const found = new Set([rootId])
  let added = true
  while (added) {
    added = false
    for (const node of nodes) {
      if (node.parentId !== null && found.has(node.parentId) && !found.has(node.id)) {
        found.add(node.id)
        added = true
      }
    }
  }
  return found
}

/** The measures of a goal and of all its sub-goals (delmål), at any depth. */
export function measuresUnderGoal(goals: GoalInput[], measures: MeasureInput[], goalId: number): MeasureInput[] {
  const goalIds = withDescendants(goals, goalId)
  return measures.filter((m) => goalIds.has(m.goalId))
}

/** An organisation and its sub-units (e.g. Stockholms stad and its stadsdelsområden): the ones it acts through. */
export function organisationWithSubUnits(organisations: OrganisationInput[], organisationId: number): Set<number> {
  return withDescendants(organisations, organisationId)
}

/** Whether one of these organisations owns the action or co-owns it. */
export function isOwnedByAny(action: ActionInput, organisationIds: Set<number>): boolean {
  return organisationIds.has(action.planOrganisationId) || action.coOwnerIds.some((id) => organisationIds.has(id))
}
