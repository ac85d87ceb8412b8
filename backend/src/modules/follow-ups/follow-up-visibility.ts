// Who sees which follow-up: the drafts rule, shared by the follow-ups and their comments.
import type { FollowUpState } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import type { Prisma, Tx } from '../../db/prisma'
import { notFound } from '../../errors'
import { actionFactsIn, actionOwnedBy } from '../plan-actions/action-owners'
import type { FollowUpFacts } from './follow-up-policy'

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

/**
 * The stored follow-up and what its checks read (follow-up-policy.ts); 404 when unknown or hidden from the actor
 * (another organisation's draft).
 */
export async function findFor(tx: Tx, actor: Actor, id: number): Promise<{ row: { id: number; version: number }; facts: FollowUpFacts }> {
  const row = await tx.followUp.findUnique({ where: { id }, include: { period: { select: { name: true, status: true } } } })
  const action = row && (await actionFactsIn(tx, row.actionId))
  if (!row || !action || !isVisible(actor, row.state, action.owners)) throw notFound(WHAT, id)
  const { owners, archivedAt: actionArchivedAt, planArchivedAt } = action
  return {
    row,
    facts: {
      state: row.state,
      archivedAt: row.archivedAt,
      reopenedAt: row.reopenedAt,
      period: row.period,
      owners,
      actionArchivedAt,
      planArchivedAt,
    },
  }
}
