import type {
  FollowUpCreate,
  FollowUpQuery,
  FollowUpReopen,
  FollowUpReturn,
  FollowUpSearchQuery,
  FollowUpState,
  FollowUpUpdate,
} from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { enforce } from '../../auth/policy'
import { db, Prisma, type Tx } from '../../db/prisma'
import { activeOnly, expectVersion, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { write } from '../../db/write'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { actionFactsIn, actionOwnedBy } from '../plan-actions/action-owners'
import { addFollowUp } from '../plan-actions/action-policy'
import { appendComment } from './follow-up-comments.service'
import { findFor, visibleTo, WHAT } from './follow-up-visibility'
import { followUpWrite, type FollowUpWrite } from './follow-up-policy'
import { followUpInclude, presentFollowUp } from './follow-ups.presenter'

const ACTION = 'Aktiviteten'

/** Newest period first, then in the order they were written. */
const order: Prisma.FollowUpOrderByWithRelationInput[] = [{ period: { startsOn: 'desc' } }, { id: 'asc' }]

function filters(query: FollowUpQuery): Prisma.FollowUpWhereInput[] {
  return [activeOnly(query), ...(query.periodId ? [{ periodId: query.periodId }] : []), ...(query.state ? [{ state: query.state }] : [])]
}

/** An action's follow-ups (drafts only for those who may see them, see visibleTo). 404 for an unknown action. */
export async function listActionFollowUps(actionId: number, query: FollowUpQuery, actor: Actor) {
  const action = await db().planAction.findUnique({ where: { id: actionId }, select: { id: true } })
  if (!action) throw notFound(ACTION, actionId)
  const where: Prisma.FollowUpWhereInput = { AND: [{ actionId }, ...filters(query), visibleTo(actor)] }
  const rows = db().followUp.findMany({ where, include: followUpInclude, orderBy: order, ...pageWindow(query) })
  return pageOf(query, rows, db().followUp.count({ where }), (row) => presentFollowUp(row, actor))
}

/**
 * Follow-ups across the county. organisationId matches the action's plan's organisation and its co-owners;
 * goalId matches actions linked to a measure of the goal or of its sub-goals. Drafts as in visibleTo.
 */
export async function searchFollowUps(query: FollowUpSearchQuery, actor: Actor) {
  const { organisationId, strategyId, goalId } = query
  const where: Prisma.FollowUpWhereInput = {
    AND: [
      ...filters(query),
      visibleTo(actor),
      ...(strategyId ? [{ period: { strategyId } }] : []),
      ...(organisationId ? [{ action: actionOwnedBy([organisationId]) }] : []),
      ...(goalId ? [{ action: { measures: { some: { measure: { OR: [{ goalId }, { goal: { parentId: goalId } }] } } } } }] : []),
    ],
  }
  const rows = db().followUp.findMany({ where, include: followUpInclude, orderBy: order, ...pageWindow(query) })
  return pageOf(query, rows, db().followUp.count({ where }), (row) => presentFollowUp(row, actor))
}

/** One follow-up; another organisation's draft is answered 404 as if it did not exist. */
export async function getFollowUp(id: number, actor: Actor) {
  const row = await db().followUp.findFirst({ where: { AND: [{ id }, visibleTo(actor)] }, include: followUpInclude })
  if (!row) throw notFound(WHAT, id)
  return presentFollowUp(row, actor)
}

/**
 * Creates the follow-up of an action for a period; coordinators of the action's owners may (403 for others,
 * checked before the rules). Rules: the action and its plan are not archived; the period exists, belongs to the
 * plan's strategy and is open; one follow-up per action and period (409).
 */
export async function createFollowUp(actionId: number, { periodId, ...fields }: FollowUpCreate, actor: Actor) {
  const id = await write(actor, async (tx) => {
    const facts = await actionFactsIn(tx, actionId)
    if (!facts) throw notFound(ACTION, actionId)
    enforce(addFollowUp(actor, facts))
    const action = await tx.planAction.findUniqueOrThrow({ where: { id: actionId }, include: { plan: { select: { strategyId: true } } } })
    const period = await tx.reportingPeriod.findUnique({ where: { id: periodId } })
    if (!period) throw ruleBroken(`Uppföljningsperioden med id ${periodId} finns inte.`, 'periodId')
    if (period.strategyId !== action.plan.strategyId)
      throw ruleBroken(`Perioden ${period.name} hör till en annan strategi än aktivitetens genomförandeplan.`, 'periodId')
    if (period.archivedAt) throw ruleBroken(`Perioden ${period.name} är arkiverad.`, 'periodId')
    if (period.status === 'planned')
      throw ruleBroken(`Perioden är inte öppen än: ${period.name} tar emot uppföljningar först när den har öppnats.`, 'periodId')
    if (period.status === 'closed') throw ruleBroken(`Perioden är stängd: ${period.name} tar inte längre emot uppföljningar.`, 'periodId')
    try {
      return (await tx.followUp.create({ data: { ...fields, actionId, periodId } })).id
    } catch (error) {
      // the unique (actionId, periodId) index decides, so two simultaneous creates cannot both succeed
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw duplicate(`Aktiviteten har redan en uppföljning för perioden ${period.name}.`, [
          { path: 'periodId', message: 'Det finns redan en uppföljning för perioden.' },
        ])
      throw error
    }
  })
  return getFollowUp(id, actor)
}

/**
 * Checks `write` of the stored follow-up by `actor` (follow-up-policy.ts, the same checks as its `can`), in this
 * order: 404 (findFor); 403 who; 409 a stale version; 422 the rules.
 */
async function changeable(tx: Tx, actor: Actor, id: number, version: number, what: FollowUpWrite) {
  const { row, facts } = await findFor(tx, actor, id)
  enforce(followUpWrite(actor, facts, what), () => expectVersion(row, version))
}

/**
 * Edits a follow-up; only a draft or a returned one can change (submitted and approved ones are read-only), in an
 * open period, while its action and plan are not archived.
 */
export async function updateFollowUp(id: number, { version, ...changes }: FollowUpUpdate, actor: Actor) {
  await write(actor, async (tx) => {
    await changeable(tx, actor, id, version, 'edit')
    await updateVersioned(tx.followUp, WHAT, id, version, changes)
  })
  return getFollowUp(id, actor)
}

/**
 * Moves a follow-up to `to` by `what` (follow-up-policy.ts says from which states and by whom), with `data`, then
 * runs `also` in the same transaction (both are written or neither); the version makes a concurrent review lose
 * with 409.
 */
async function transition(
  actor: Actor,
  id: number,
  version: number,
  what: FollowUpWrite,
  to: FollowUpState,
  data: Prisma.FollowUpUpdateManyMutationInput,
  also?: (tx: Tx) => Promise<unknown>,
) {
  await write(actor, async (tx) => {
    await changeable(tx, actor, id, version, what)
    await updateVersioned(tx.followUp, WHAT, id, version, { ...data, state: to })
    await also?.(tx)
  })
  return getFollowUp(id, actor)
}

/** Submits for review: draft or returned → submitted; coordinators of the action's owners only. */
export const submitFollowUp = (id: number, { version }: { version: number }, actor: Actor) =>
  transition(actor, id, version, 'submit', 'submitted', { submittedAt: new Date() })

/** Approves: submitted → approved. A reopened follow-up is closed again (its period's closing counts again). */
export const approveFollowUp = (id: number, { version }: { version: number }, actor: Actor) =>
  transition(actor, id, version, 'approve', 'approved', { reviewedAt: new Date(), reopenedAt: null })

/**
 * Returns for completion with the reviewer's comment: submitted → returned. The comment joins the follow-up's
 * conversation in the same transaction; `reviewComment` keeps the latest one (for clients that read only that).
 */
export const returnFollowUp = (id: number, { version, comment }: FollowUpReturn, actor: Actor) =>
  transition(actor, id, version, 'return', 'returned', { reviewedAt: new Date(), reviewComment: comment }, (tx) =>
    appendComment(tx, actor, id, comment),
  )

/**
 * Reopens an approved follow-up: approved → returned, by OPK staff, with the reason. The reason joins the
 * conversation and `reviewComment` in the same transaction, and the audit trail keeps both with the acting user.
 * `reopenedAt` lets its owners change and resubmit it even when its period has closed, until it is approved again.
 */
export const reopenFollowUp = (id: number, { version, reason }: FollowUpReopen, actor: Actor) =>
  transition(actor, id, version, 'reopen', 'returned', { reviewedAt: new Date(), reviewComment: reason, reopenedAt: new Date() }, (tx) =>
    appendComment(tx, actor, id, reason),
  )

/**
 * Archives or restores a follow-up; coordinators of the action's owners only; never in a closed period, and an
 * approved one is not archived (422; follow-up-policy.ts).
 */
export async function archiveFollowUp(id: number, archived: boolean, actor: Actor) {
  await write(actor, async (tx) => {
    enforce(followUpWrite(actor, (await findFor(tx, actor, id)).facts, 'archive'))
    await setArchived(tx.followUp, WHAT, id, archived)
  })
  return getFollowUp(id, actor)
}
