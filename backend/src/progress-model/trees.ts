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

/** Who an action counts for: its owners and co-owners, and every organisation they are sub-units of. */
export interface Ownership {
  /** the organisations the action counts for, each once */
  organisationsOf(action: Pick<ActionInput, 'planOrganisationId' | 'coOwnerIds'>): number[]
  /**
   * For each organisation, the actions it or one of its sub-units owns or co-owns, in the given order — the same
   * as filtering the actions with `isOwnedByAny(action, organisationWithSubUnits(…))` per organisation, in one
   * pass over the actions.
   */
  index<A extends Pick<ActionInput, 'planOrganisationId' | 'coOwnerIds'>>(actions: A[]): Map<number, A[]>
}

/** The ownership rules of these organisations (their sub-unit tree), to index actions by organisation. */
export function ownership(organisations: OrganisationInput[]): Ownership {
  const parentOf = new Map(organisations.map((o) => [o.id, o.parentId]))
  const above = new Map<number, number[]>()
  // an organisation and the ones above it (a cycle in the data cannot loop)
  const withParents = (id: number): number[] => {
    let chain = above.get(id)
    if (!chain) {
      const seen = new Set<number>()
      for (let at: number | null | undefined = id; at != null && !seen.has(at); at = parentOf.get(at)) seen.add(at)
      chain = [...seen]
      above.set(id, chain)
    }
    return chain
  }
  const organisationsOf = (action: Pick<ActionInput, 'planOrganisationId' | 'coOwnerIds'>): number[] => {
    if (action.coOwnerIds.length === 0) return withParents(action.planOrganisationId)
    return [...new Set([action.planOrganisationId, ...action.coOwnerIds].flatMap(withParents))]
  }
  return {
    organisationsOf,
    index(actions) {
      const byOrganisation = new Map<number, (typeof actions)[number][]>()
      for (const action of actions) {
        for (const id of organisationsOf(action)) {
          const list = byOrganisation.get(id)
          if (list) list.push(action)
          else byOrganisation.set(id, [action])
        }
      }
      return byOrganisation
    },
  }
}
