// Who is asking: the signed-in user as the rules see them, and the shape of a rule's verdict (auth/policy.ts).
import type { Role } from '@uppfoljning/contract'
import { forbidden } from '../errors'
import type { Refusal } from './policy'

export interface Actor {
  id: number
  role: Role
  /** the organisations a coordinator works for (empty for other roles) */
  organisationIds: number[]
}

/**
 * Coordinators write only for their own organisations: `owners` are the organisations that own the thing
 * (a plan's organisation; an action's plan organisation and its co-owners). Other roles are refused here too:
 * plans, actions and follow-ups are written by the organisations themselves. Null when allowed.
 */
export function writesFor(actor: Actor | null, owners: number[], what = 'detta'): Refusal {
  if (actor?.role === 'coordinator' && owners.some((id) => actor.organisationIds.includes(id))) return null
  return () => forbidden(`Du kan bara ändra ${what} för din egen organisation.`)
}
