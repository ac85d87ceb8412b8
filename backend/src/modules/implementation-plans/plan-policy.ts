// What may be done with a plan, and by whom: the checks the plan and action services enforce and the plan
// presenter shows as `can` (auth/policy.ts).
import type { ImplementationPlanCan } from '@uppfoljning/contract'
import { writesFor, type Actor } from '../../auth/actor'
import { allowed, unless, type Verdict } from '../../auth/policy'
import { ruleBroken } from '../../errors'

/** What the checks read of a plan (columns of the row itself: no query of their own). */
export interface PlanFacts {
  organisationId: number
  archivedAt: Date | null
}

const OWN = 'genomförandeplaner'
const ACTIONS = 'aktiviteter'

/** Change, archive or restore the plan: its organisation's coordinators (403). */
export const changePlan = (actor: Actor | null, plan: PlanFacts): Verdict => ({
  who: writesFor(actor, [plan.organisationId], OWN),
  rules: [],
})

/** Add an action: its organisation's coordinators (403), while the plan is not archived (422). */
export const addAction = (actor: Actor | null, plan: PlanFacts): Verdict => ({
  who: writesFor(actor, [plan.organisationId], ACTIONS),
  rules: [
    unless(plan.archivedAt !== null, () => ruleBroken('Genomförandeplanen är arkiverad: återställ den innan du lägger till aktiviteter.')),
  ],
})

/** The plan's `can` for the actor. */
export const planCan = (actor: Actor | null, plan: PlanFacts): ImplementationPlanCan => {
  const change = allowed(changePlan(actor, plan))
  return { edit: change, archive: change, addAction: allowed(addAction(actor, plan)) }
}
