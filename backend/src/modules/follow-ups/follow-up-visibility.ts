// Who sees which follow-up: the drafts rule, shared by the follow-ups and their comments.
import type { FollowUpState } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import type { Prisma, Tx } from '../../db/prisma'
import { notFound } from '../../errors'
import { actionOwnedBy, actionOwners } from '../plan-actions/action-owners'

export const WHAT = 'Uppföljningen'

/**
 * Drafts are the organisation's own work in progress: a coordinator sees only the drafts of actions their
 * organisations own or co-own; OPK staff and the steering group see every draft. Everything else is public to
 * the signed-in. `where` fragment for reads.
 */
export function visibleTo(actor: Actor): Prisma.FollowUpWhereInput {
  if (actor.role !== 'coordinator') return {}
  return { OR: [{ state: { not: 'draft' } }, { action: actionOwnedBy(actor.organisationIds) }] }
}

/** The same rule for one stored follow-up whose action's owners are known. */
const isVisible = (actor: Actor, state: FollowUpState, owners: number[]) =>
  actor.role !== 'coordinator' || state !== 'draft' || owners.some((id) => actor.organisationIds.includes(id))

/** The stored follow-up and its action's owners; 404 when unknown or hidden from the actor (another organisation's draft). */
export async function findFor(tx: Tx, actor: Actor, id: number) {
  const row = await tx.followUp.findUnique({ where: { id }, include: { period: { select: { name: true, status: true } } } })
  const owners = row && (await actionOwners(tx, row.actionId))
  if (!row || !owners || !isVisible(actor, row.state, owners)) throw notFound(WHAT, id)
  return { row, owners }
}
