// Who owns an action: its plan's organisation and the co-owners of a joint action (myndighetsgemensam satsning).
// Their coordinators write the action and its follow-ups (action-policy.ts).
import type { Prisma, Tx } from '../../db/prisma'
import type { ActionFacts } from './action-policy'

/** `where` fragment: actions that one of the organisations owns, as the plan's organisation or as a co-owner. */
export const actionOwnedBy = (organisationIds: number[]): Prisma.PlanActionWhereInput => ({
  OR: [{ plan: { organisationId: { in: organisationIds } } }, { coOwners: { some: { organisationId: { in: organisationIds } } } }],
})

/**
 * What the action checks read (action-policy.ts), inside the writing transaction: the owners [plan's organisation,
 * ...co-owners] and whether the action and its plan are archived; null when the action does not exist. One relation
 * per read (the transaction has a single connection).
 */
export async function actionFactsIn(tx: Tx, actionId: number): Promise<ActionFacts | null> {
  const action = await tx.planAction.findUnique({
    where: { id: actionId },
    select: { archivedAt: true, plan: { select: { organisationId: true, archivedAt: true } } },
  })
  if (!action) return null
  const coOwners = await tx.planActionCoOwner.findMany({ where: { actionId }, select: { organisationId: true } })
  return {
    organisationId: action.plan.organisationId,
    owners: [action.plan.organisationId, ...coOwners.map((o) => o.organisationId)],
    archivedAt: action.archivedAt,
    planArchivedAt: action.plan.archivedAt,
  }
}
