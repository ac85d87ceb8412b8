import type { FollowUpCreate, FollowUpQuery, FollowUpReturn, FollowUpSearchQuery, FollowUpState, FollowUpUpdate } from '@uppfoljning/contract'
import { db, Prisma } from '../../db/prisma'
import { activeOnly, expectVersion, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { presentFollowUp } from './follow-ups.presenter'

const WHAT = 'Uppföljningen'
const ACTION = 'Aktiviteten'

/** Newest period first, then in the order they were written. */
const order: Prisma.FollowUpOrderByWithRelationInput[] = [{ period: { startsOn: 'desc' } }, { id: 'asc' }]

function filters(query: FollowUpQuery): Prisma.FollowUpWhereInput[] {
  return [activeOnly(query), ...(query.periodId ? [{ periodId: query.periodId }] : []), ...(query.state ? [{ state: query.state }] : [])]
}

/** An action's follow-ups. 404 for an unknown action. */
export async function listActionFollowUps(actionId: number, query: FollowUpQuery) {
  const action = await db().planAction.findUnique({ where: { id: actionId }, select: { id: true } })
  if (!action) throw notFound(ACTION, actionId)
  const where: Prisma.FollowUpWhereInput = { AND: [{ actionId }, ...filters(query)] }
  const rows = db().followUp.findMany({ where, orderBy: order, ...pageWindow(query) })
  return pageOf(query, rows, db().followUp.count({ where }), presentFollowUp)
}

/**
 * Follow-ups across the county. organisationId matches the action's plan's organisation and its co-owners;
 * goalId matches actions linked to a measure of the goal or of its sub-goals.
 */
export async function searchFollowUps(query: FollowUpSearchQuery) {
  const { organisationId, strategyId, goalId } = query
  const where: Prisma.FollowUpWhereInput = {
    AND: [
      ...filters(query),
      ...(strategyId ? [{ period: { strategyId } }] : []),
      ...(organisationId ? [{ action: { OR: [{ plan: { organisationId } }, { coOwners: { some: { organisationId } } }] } }] : []),
      ...(goalId ? [{ action: { measures: { some: { measure: { OR: [{ goalId }, { goal: { parentId: goalId } }] } } } } }] : []),
    ],
  }
  const rows = db().followUp.findMany({ where, orderBy: order, ...pageWindow(query) })
  return pageOf(query, rows, db().followUp.count({ where }), presentFollowUp)
}

export async function getFollowUp(id: number) {
  const row = await db().followUp.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  return presentFollowUp(row)
}

/**
 * Creates the follow-up of an action for a period. Rules: the action and its plan are not archived; the period
 * exists, belongs to the plan's strategy and is open; one follow-up per action and period (409).
 */
export async function createFollowUp(actionId: number, { periodId, ...fields }: FollowUpCreate) {
  const [action, period] = await Promise.all([
    db().planAction.findUnique({ where: { id: actionId }, include: { plan: { select: { strategyId: true, archivedAt: true } } } }),
    db().reportingPeriod.findUnique({ where: { id: periodId } }),
  ])
  if (!action) throw notFound(ACTION, actionId)
  if (action.archivedAt) throw ruleBroken('Aktiviteten är arkiverad och kan inte följas upp.')
  if (action.plan.archivedAt) throw ruleBroken('Aktivitetens genomförandeplan är arkiverad: aktiviteten kan inte följas upp.')
  if (!period) throw ruleBroken(`Uppföljningsperioden med id ${periodId} finns inte.`, 'periodId')
  if (period.strategyId !== action.plan.strategyId) throw ruleBroken(`Perioden ${period.name} hör till en annan strategi än aktivitetens genomförandeplan.`, 'periodId')
  if (period.archivedAt) throw ruleBroken(`Perioden ${period.name} är arkiverad.`, 'periodId')
  if (period.status === 'planned') throw ruleBroken(`Perioden är inte öppen än: ${period.name} tar emot uppföljningar först när den har öppnats.`, 'periodId')
  if (period.status === 'closed') throw ruleBroken(`Perioden är stängd: ${period.name} tar inte längre emot uppföljningar.`, 'periodId')
  try {
    return presentFollowUp(await db().followUp.create({ data: { ...fields, actionId, periodId } }))
  } catch (error) {
    // the unique (actionId, periodId) index decides, so two simultaneous creates cannot both succeed
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw duplicate(`Aktiviteten har redan en uppföljning för perioden ${period.name}.`, [{ path: 'periodId', message: 'Det finns redan en uppföljning för perioden.' }])
    throw error
  }
}

const stateNames: Record<FollowUpState, string> = { draft: 'ett utkast', submitted: 'inskickad', returned: 'återsänd', approved: 'godkänd' }

/**
 * The row as stored, for a change that the version and the state must allow. An archived follow-up is read-only;
 * so is one whose period is no longer open, except for the reviewer's approval.
 */
async function changeable(id: number, version: number, { evenInClosedPeriod = false } = {}) {
  const row = await db().followUp.findUnique({ where: { id }, include: { period: { select: { name: true, status: true } } } })
  if (!row) throw notFound(WHAT, id)
  expectVersion(row, version)
  if (row.archivedAt) throw ruleBroken('Uppföljningen är arkiverad: återställ den först.')
  if (row.period.status !== 'open' && !evenInClosedPeriod)
    throw ruleBroken(`Perioden ${row.period.name} är inte öppen: uppföljningen kan inte ändras.`, 'periodId')
  return row
}

/** Edits a follow-up; only a draft or a returned one can change (submitted and approved ones are read-only). */
export async function updateFollowUp(id: number, { version, ...changes }: FollowUpUpdate) {
  const row = await changeable(id, version)
  if (row.state !== 'draft' && row.state !== 'returned')
    throw ruleBroken(`Uppföljningen är ${stateNames[row.state]} och kan inte ändras.`)
  await updateVersioned(db().followUp, WHAT, id, version, changes)
  return getFollowUp(id)
}

/** Moves a follow-up from one of `from` to `to`, with `data`; the version makes a concurrent review lose with 409. */
async function transition(id: number, version: number, from: FollowUpState[], to: FollowUpState, verb: string, data: Prisma.FollowUpUpdateManyMutationInput) {
  const row = await changeable(id, version, { evenInClosedPeriod: to === 'approved' })
  if (!from.includes(row.state)) throw ruleBroken(`En uppföljning som är ${stateNames[row.state]} kan inte ${verb}.`)
  await updateVersioned(db().followUp, WHAT, id, version, { ...data, state: to })
  return getFollowUp(id)
}

/** Submits for review: draft or returned → submitted. */
export const submitFollowUp = (id: number, { version }: { version: number }) =>
  transition(id, version, ['draft', 'returned'], 'submitted', 'skickas in', { submittedAt: new Date() })

/** Approves: submitted → approved. */
export const approveFollowUp = (id: number, { version }: { version: number }) =>
  transition(id, version, ['submitted'], 'approved', 'godkännas', { reviewedAt: new Date() })

/** Returns for completion with the reviewer's comment: submitted → returned. */
export const returnFollowUp = (id: number, { version, comment }: FollowUpReturn) =>
  transition(id, version, ['submitted'], 'returned', 'återsändas', { reviewedAt: new Date(), reviewComment: comment })

export async function archiveFollowUp(id: number, archived: boolean) {
  await setArchived(db().followUp, WHAT, id, archived)
  return getFollowUp(id)
}
