// What may be done with an action, and by whom: the checks the action and follow-up services enforce and the
// action presenter shows as `can` (auth/policy.ts). Owners: the plan's organisation and the co-owners of a joint
// action (action-owners.ts).
import type { PlanActionCan } from '@uppfoljning/contract'
import { writesFor, type Actor } from '../../auth/actor'
import { allowed, unless, type Verdict } from '../../auth/policy'
import { ruleBroken } from '../../errors'

/** What the checks read of an action: its owners and whether it and its plan are archived (read with the row). */
export interface ActionFacts {
  owners: number[]
  archivedAt: Date | null
  planArchivedAt: Date | null
}

const OWN = 'aktiviteter'

/**
 * Change, archive or restore the action: its owners' coordinators (403), while its plan is not archived (422: an
 * archived plan is read-only until restored).
 */
export const changeAction = (actor: Actor | null, action: ActionFacts): Verdict => ({
  who: writesFor(actor, action.owners, OWN),
  rules: [unless(action.planArchivedAt !== null, () => ruleBroken('Genomförandeplanen är arkiverad: återställ den innan du ändrar dess aktiviteter.'))],
})

/**
 * Follow the action up (create its follow-up for a period): its owners' coordinators (403), while neither the action
 * nor its plan is archived (422). The period's own rules (open, of the plan's strategy) are checked on creation.
 */
export const addFollowUp = (actor: Actor | null, action: ActionFacts): Verdict => ({
  who: writesFor(actor, action.owners, 'uppföljningar'),
  rules: [
    unless(action.archivedAt !== null, () => ruleBroken('Aktiviteten är arkiverad och kan inte följas upp.')),
    unless(action.planArchivedAt !== null, () => ruleBroken('Aktivitetens genomförandeplan är arkiverad: aktiviteten kan inte följas upp.')),
  ],
})

/** The action's `can` for the actor. */
export const actionCan = (actor: Actor | null, action: ActionFacts): PlanActionCan => {
  const change = allowed(changeAction(actor, action))
  return { edit: change, archive: change, addFollowUp: allowed(addFollowUp(actor, action)) }
}
