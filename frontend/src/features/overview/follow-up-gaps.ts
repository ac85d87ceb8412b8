// What a coordinator still has to do in the open period, worked out from two lists the API already gives.
import type { FollowUp, PlanAction, ReportingPeriod } from '@uppfoljning/contract'

/**
 * An action is due in a period (the rule of GET /reporting-status) when it is not cancelled and is planned to
 * start by the period's end, or has no planned start. Archived actions are not in the list to begin with.
 */
export function isDue(action: PlanAction, period: ReportingPeriod): boolean {
  return action.status !== 'cancelled' && (action.plannedStart === null || action.plannedStart <= period.endsOn)
}

const byTitle = (a: PlanAction, b: PlanAction) => a.title.localeCompare(b.title, 'sv')

/** The due actions that have no follow-up in the period yet (whoever of its owners would write it), by title. */
export function actionsWithoutFollowUp(actions: PlanAction[], followUps: FollowUp[], period: ReportingPeriod): PlanAction[] {
  const followedUp = new Set(followUps.filter((f) => f.periodId === period.id).map((f) => f.actionId))
  return actions.filter((a) => isDue(a, period) && !followedUp.has(a.id)).sort(byTitle)
}

/** Returned follow-ups (the reviewer wants them completed) with their actions, newest review first. */
export function returnedFollowUps(actions: PlanAction[], followUps: FollowUp[]): { followUp: FollowUp; action: PlanAction | undefined }[] {
  const byId = new Map(actions.map((a) => [a.id, a]))
  return followUps
    .filter((f) => f.state === 'returned')
    .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''))
    .map((followUp) => ({ followUp, action: byId.get(followUp.actionId) }))
}
