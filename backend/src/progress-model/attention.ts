import type { FollowUpState } from '@uppfoljning/contract'
import { actionsProgress, isLiveAction } from './action-progress'
import { sortedUnique } from './collections'
import { expectedOrganisations, isActiveAction } from './coverage'
import type { ProgressInput } from './inputs'
import { isMeasureActiveIn, periodById } from './periods'
import { ownership } from './trees'

/** What needs someone's attention in a period; every entry names the ids behind it. */
export interface AttentionFlags {
  periodId: number
  /** the date "past its start date" is judged on: the earlier of the given date and the period's last day */
  referenceDate: string
  /** live actions without a counted follow-up for the period although one was due */
  actionsWithoutFollowUp: { actionId: number; organisationId: number; uncountedFollowUp: { id: number; state: FollowUpState } | null }[]
  /** actions still planned in the period whose planned start is before the reference date */
  plannedPastStart: { actionId: number; organisationId: number; plannedStart: string; followUpId: number | null }[]
  /** measures active in the period that no active action anywhere is linked to */
  measuresWithoutActiveAction: number[]
  /** organisations expected to report (an action due, or expected on an active measure) without any counted follow-up for the period */
  organisationsNotReported: { organisationId: number; dueActionIds: number[] }[]
}

/**
 * The attention flags of a period. `asOf` (`YYYY-MM-DD`, normally today) only matters for an open period:
 * a past period's flags are judged on its last day, so they do not change afterwards.
 */
export function attentionFlags(input: ProgressInput, periodId: number, asOf: string): AttentionFlags {
  const period = periodById(input.periods, periodId)
  const referenceDate = asOf < period.endsOn ? asOf : period.endsOn
  const standings = actionsProgress(input.actions, input.followUps, input.periods, periodId)
  const live = input.actions.filter(isLiveAction)
  // every live action has a standing
  const standingOf = (actionId: number) => standings.get(actionId)!
  // due in the period: missing, or reported on in it (a carried completion or a not-due action is not due)
  const isDue = (actionId: number) => standingOf(actionId).standing === 'missing' || standingOf(actionId).followUpPeriodId === periodId
  const activeMeasures = input.measures.filter((m) => isMeasureActiveIn(m, period))
  const expectedSomewhere = new Set(activeMeasures.flatMap((m) => expectedOrganisations(m, input.organisations).map((o) => o.id)))
  const actedOn = new Set(input.actions.filter(isActiveAction).flatMap((a) => a.measureIds))
  const ownActions = ownership(input.organisations).index(live)
  return {
    periodId,
    referenceDate,
    actionsWithoutFollowUp: live
      .filter((a) => standingOf(a.id).standing === 'missing')
      .map((a) => ({ actionId: a.id, organisationId: a.planOrganisationId, uncountedFollowUp: standingOf(a.id).uncountedFollowUp })),
    plannedPastStart: live.flatMap((a) => {
      const { status, followUpId } = standingOf(a.id)
      if (status !== 'planned' || a.plannedStart === null || a.plannedStart >= referenceDate) return []
      return [{ actionId: a.id, organisationId: a.planOrganisationId, plannedStart: a.plannedStart, followUpId }]
    }),
    measuresWithoutActiveAction: sortedUnique(activeMeasures.filter((m) => !actedOn.has(m.id)).map((m) => m.id)),
    organisationsNotReported: input.organisations
      .filter((o) => !o.archived)
      .flatMap((o) => {
        const own = ownActions.get(o.id) ?? []
        const reported = own.some((a) => standingOf(a.id).followUpPeriodId === periodId)
        const dueActionIds = sortedUnique(own.filter((a) => isDue(a.id)).map((a) => a.id))
        const expected = dueActionIds.length > 0 || expectedSomewhere.has(o.id)
        return expected && !reported ? [{ organisationId: o.id, dueActionIds }] : []
      }),
  }
}
