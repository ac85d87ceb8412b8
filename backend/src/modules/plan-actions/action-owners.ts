// Who owns an action: its plan's organisation and the co-owners of a joint action (myndighetsgemensam satsning).
// Their coordinators write the action and its follow-ups (auth/actor.ts assertWritesFor).
import type { Prisma, Tx } from '../../db/prisma'

/** `where` fragment: actions that one of the organisations owns, as the plan's organisation or as a co-owner. */
export const actionOwnedBy = (organisationIds: number[]): Prisma.PlanActionWhereInput => ({
  OR: [{ plan: { organisationId: { in: organisationIds } } }, { coOwners: { some: { organisationId: { in: organisationIds } } } }],
})

/**
 * The owners of an action, read inside the writing transaction: [plan's organisation, ...co-owners], or null
 * when the action does not exist. One relation per read (the transaction has a single connection).
 */
export async function actionOwners(tx: Tx, actionId: number): Promise<number[] | null> {
  const action = await tx.planAction.findUnique({ where: { id: actionId }, select: { plan: { select: { organisationId: true } } } })
  if (!action) return null
  const coOwners = await tx.planActionCoOwner.findMany({ where: { actionId }, select: { organisationId: true } })
  return [action.plan.organisationId, ...coOwners.map((o) => o.organisationId)]
}
