import type { ActionStatus, FollowUpState } from '@uppfoljning/contract'
import { groupBy } from './collections'
import type { ActionInput, FollowUpInput, PeriodInput } from './inputs'
import { periodById, periodsBefore } from './periods'

/**
 * How an action stands in a period:
 * - `counted`: its progress is in the averages (a counted follow-up of the period, or a completion carried forward);
 * - `cancelled`: left out of the averages, listed;
 * - `missing`: no counted follow-up although one was due — left out of the averages (missing is not 0), listed and flagged;
 * - `notDue`: no follow-up and planned to start after the period ended — left out, listed, not flagged.
 */
export type ActionStanding = 'counted' | 'cancelled' | 'missing' | 'notDue'

/** One action's contribution to a period's figures. */
export interface ActionProgress {
  actionId: number
  standing: ActionStanding
  /** the action's status in the period: as reported, carried forward, or (without a follow-up) as in its plan */
  status: ActionStatus
  /** 0–1 when counted, else null */
  progress: number | null
  /** the counted follow-up the status comes from (a carried one belongs to an earlier period) */
  followUpId: number | null
  /** the period of that follow-up */
  followUpPeriodId: number | null
  /** a follow-up of the period that does not count (draft or returned): shown so that "missing" is explained */
  uncountedFollowUp: { id: number; state: FollowUpState } | null
}

/**
 * Whether a follow-up counts: submitted and approved do, drafts and returned ones do not. A submitted
 * follow-up is the organisation's own statement and counts before OPK has reviewed it, so that the
 * figures do not lag behind the review; a returned one was judged not ready and counts again once resubmitted.
 */
export function countsFollowUp(state: FollowUpState): boolean {
  return state === 'submitted' || state === 'approved'
}

/** Part of the follow-up: not archived and in a plan that is not archived. */
export function isLiveAction(action: ActionInput): boolean {
  return !action.archived && !action.planArchived
}

/**
 * The follow-up of the action for the period that counts. The database holds at most one per action and
 * period; should there be several, the latest submitted wins (then the highest id).
 */
export function latestCountedFollowUp(followUps: FollowUpInput[], actionId: number, periodId: number): FollowUpInput | null {
  const candidates = followUps.filter((f) => f.actionId === actionId && f.periodId === periodId && !f.archived && countsFollowUp(f.state))
  candidates.sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? '') || b.id - a.id)
  return candidates[0] ?? null
}

/** The progress (0–1) a reported status stands for: planned 0, completed 1, ongoing/postponed as reported, cancelled none. */
export function progressOfStatus(status: ActionStatus, reportedPercent: number): number | null {
  switch (status) {
    case 'planned':
      return 0
    case 'completed':
      return 1
    case 'cancelled':
      return null
    case 'ongoing':
    case 'postponed':
      return Math.min(1, Math.max(0, reportedPercent / 100))
  }
}

/**
 * The latest counted follow-up from an earlier period when it reported a final status (completed or
 * cancelled): a final status holds until a later follow-up says otherwise. A progress figure never carries forward.
 */
function carriedFinalFollowUp(followUps: FollowUpInput[], actionId: number, earlier: PeriodInput[]): FollowUpInput | null {
  for (const period of [...earlier].reverse()) {
    const followUp = latestCountedFollowUp(followUps, actionId, period.id)
    if (followUp) return followUp.status === 'completed' || followUp.status === 'cancelled' ? followUp : null
  }
  return null
}

/**
 * How one action stands in the period, in this order: its counted follow-up of the period; else a final
 * status (completed, cancelled) carried from its latest earlier counted follow-up; else cancelled in its plan;
 * else not due when planned to start after the period ends; else missing.
 */
export function actionProgress(action: ActionInput, followUps: FollowUpInput[], periods: PeriodInput[], periodId: number): ActionProgress {
  const period = periodById(periods, periodId)
  const uncounted = followUps.find((f) => f.actionId === action.id && f.periodId === periodId && !f.archived && !countsFollowUp(f.state))
  const base = { actionId: action.id, uncountedFollowUp: uncounted ? { id: uncounted.id, state: uncounted.state } : null }
  const followUp = latestCountedFollowUp(followUps, action.id, periodId) ?? carriedFinalFollowUp(followUps, action.id, periodsBefore(periods, periodId))
  if (followUp) {
    const progress = progressOfStatus(followUp.status, followUp.progress)
    return {
      ...base,
      standing: progress === null ? 'cancelled' : 'counted',
      status: followUp.status,
      progress,
      followUpId: followUp.id,
      followUpPeriodId: followUp.periodId,
    }
  }
  const notDue = action.plannedStart !== null && action.plannedStart > period.endsOn
  const standing: ActionStanding = action.status === 'cancelled' ? 'cancelled' : notDue ? 'notDue' : 'missing'
  return { ...base, standing, status: action.status, progress: null, followUpId: null, followUpPeriodId: null }
}

/** How every live action (not archived, plan not archived) stands in the period, by action id. */
export function actionsProgress(actions: ActionInput[], followUps: FollowUpInput[], periods: PeriodInput[], periodId: number): Map<number, ActionProgress> {
  const byAction = groupBy(followUps, (f) => [f.actionId])
  return new Map(actions.filter(isLiveAction).map((a) => [a.id, actionProgress(a, byAction.get(a.id) ?? [], periods, periodId)]))
}
