import type { ActionStatus, FollowUpState } from '@uppfoljning/contract'
import type { ActionInput, FollowUpInput, PeriodInput } from './inputs'
import { orderPeriods, periodById } from './periods'

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
 * How one action stands in the period, in this order: its counted follow-up of the period; else a final
 * status (completed, cancelled) carried from its latest earlier counted follow-up; else cancelled in its plan;
 * else not due when planned to start after the period ends; else missing.
 */
export function actionProgress(action: ActionInput, followUps: FollowUpInput[], periods: PeriodInput[], periodId: number): ActionProgress {
  return standingIn(action, followUps, periodById(periods, periodId), positionsOf(periods))
}

/** Each period's position, oldest first (the model's order: start date, then id). */
const positionsOf = (periods: PeriodInput[]) => new Map(orderPeriods(periods).map((p, i) => [p.id, i]))

/** Whether follow-up `a` wins over `b` of the same period: the latest submitted, then the highest id. */
const isLater = (a: FollowUpInput, b: FollowUpInput) => {
  const order = (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')
  return order > 0 || (order === 0 && a.id > b.id)
}

/**
 * actionProgress with the periods' positions looked up once: one pass over the action's follow-ups finds the
 * period's uncounted one, its counted one (the database holds at most one per action and period; should
 * there be several, the latest submitted wins, then the highest id) and the counted one of the latest earlier
 * period that has one, which carries forward only when it reported a final status (completed or cancelled): a
 * final status holds until a later follow-up says otherwise; a progress figure never carries forward.
 */
function standingIn(action: ActionInput, followUps: FollowUpInput[], period: PeriodInput, positions: Map<number, number>): ActionProgress {
  const at = positions.get(period.id)!
  let uncounted: FollowUpInput | null = null
  let own: FollowUpInput | null = null
  let earlier: FollowUpInput | null = null
  let earlierAt = -1
  for (const f of followUps) {
    if (f.actionId !== action.id || f.archived) continue
    const counts = countsFollowUp(f.state)
    if (f.periodId === period.id) {
      if (!counts) uncounted ??= f
      else if (!own || isLater(f, own)) own = f
    } else if (counts) {
      const position = positions.get(f.periodId)
      if (position !== undefined && position < at && (position > earlierAt || (position === earlierAt && isLater(f, earlier!)))) {
        earlier = f
        earlierAt = position
      }
    }
  }
  // object literals, not spreads: this runs once per action and period, and a spread is many times slower
  const uncountedFollowUp = uncounted ? { id: uncounted.id, state: uncounted.state } : null
  const followUp = own ?? (earlier && (earlier.status === 'completed' || earlier.status === 'cancelled') ? earlier : null)
  if (followUp) {
    const progress = progressOfStatus(followUp.status, followUp.progress)
    const standing: ActionStanding = progress === null ? 'cancelled' : 'counted'
    return {
      actionId: action.id,
      standing,
      status: followUp.status,
      progress,
      followUpId: followUp.id,
      followUpPeriodId: followUp.periodId,
      uncountedFollowUp,
    }
  }
  const notDue = action.plannedStart !== null && action.plannedStart > period.endsOn
  const standing: ActionStanding = action.status === 'cancelled' ? 'cancelled' : notDue ? 'notDue' : 'missing'
  return {
    actionId: action.id,
    standing,
    status: action.status,
    progress: null,
    followUpId: null,
    followUpPeriodId: null,
    uncountedFollowUp,
  }
}

/** How every live action (not archived, plan not archived) stands in the period, by action id. */
export function actionsProgress(
  actions: ActionInput[],
  followUps: FollowUpInput[],
  periods: PeriodInput[],
  periodId: number,
): Map<number, ActionProgress> {
  return standingsIn(actions, followUpsByAction(followUps), periods, periodId)
}

/** The follow-ups of each action, in the order given: grouped once for the standings of several periods. */
export function followUpsByAction(followUps: FollowUpInput[]): Map<number, FollowUpInput[]> {
  const byAction = new Map<number, FollowUpInput[]>()
  for (const f of followUps) {
    const list = byAction.get(f.actionId)
    if (list) list.push(f)
    else byAction.set(f.actionId, [f])
  }
  return byAction
}

/** actionsProgress with the follow-ups already grouped by action (followUpsByAction). */
export function standingsIn(
  actions: ActionInput[],
  byAction: Map<number, FollowUpInput[]>,
  periods: PeriodInput[],
  periodId: number,
): Map<number, ActionProgress> {
  const period = periodById(periods, periodId)
  const positions = positionsOf(periods)
  const none: FollowUpInput[] = []
  const standings = new Map<number, ActionProgress>()
  for (const action of actions)
    if (isLiveAction(action)) standings.set(action.id, standingIn(action, byAction.get(action.id) ?? none, period, positions))
  return standings
}
