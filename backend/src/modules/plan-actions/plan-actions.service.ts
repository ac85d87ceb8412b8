import type { PlanActionCreate, PlanActionQuery, PlanActionSearchQuery, PlanActionUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { enforce } from '../../auth/policy'
import { db, type Prisma, type Tx } from '../../db/prisma'
import { activeOnly, expectVersion, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { write } from '../../db/write'
import { notFound, ruleBroken } from '../../errors'
import { withDates } from '../../http/present'
import { addAction } from '../implementation-plans/plan-policy'
import { actionFactsIn, actionOwnedBy } from './action-owners'
import { actionWrite, type OwnerField } from './action-policy'
import { actionInclude, presentPlanAction } from './plan-actions.presenter'

const WHAT = 'Aktiviteten'
const PLAN = 'Genomförandeplanen'
const DATES = ['plannedStart', 'plannedEnd'] as const

/** Filters both action lists share. goalId matches measures of the goal and of its sub-goals (delmål). */
function filters(query: PlanActionQuery): Prisma.PlanActionWhereInput[] {
  return [
    activeOnly(query),
    ...(query.status ? [{ status: query.status }] : []),
    ...(query.measureId ? [{ measures: { some: { measureId: query.measureId } } }] : []),
    ...(query.goalId
      ? [{ measures: { some: { measure: { OR: [{ goalId: query.goalId }, { goal: { parentId: query.goalId } }] } } } }]
      : []),
  ]
}

/** A plan's actions, in the order they were added, each with what the actor may do with it. 404 for an unknown plan. */
export async function listPlanActions(planId: number, query: PlanActionQuery, actor: Actor) {
  const plan = await db().implementationPlan.findUnique({ where: { id: planId }, select: { id: true } })
  if (!plan) throw notFound(PLAN, planId)
  const where: Prisma.PlanActionWhereInput = { AND: [{ planId }, ...filters(query)] }
  const rows = db().planAction.findMany({ where, include: actionInclude, orderBy: { id: 'asc' }, ...pageWindow(query) })
  return pageOf(query, rows, db().planAction.count({ where }), (row) => presentPlanAction(row, actor))
}

/**
 * Actions across the county, ordered by their plan's organisation's name, then plan, then the order they were added.
 * organisationId matches the plan's own organisation and the co-owners, so that an organisation sees every action it
 * takes part in. No statement sorts all the matching actions: they are counted per plan, the plans (a few hundred)
 * are put in order, and only the actions of the plans the page spans are read.
 */
export async function searchPlanActions(query: PlanActionSearchQuery, actor: Actor) {
  const { strategyId, organisationId, planId } = query
  const where: Prisma.PlanActionWhereInput = {
    AND: [
      ...filters(query),
      ...(planId ? [{ planId }] : []),
      ...(strategyId ? [{ plan: { strategyId } }] : []),
      ...(organisationId ? [actionOwnedBy([organisationId])] : []),
    ],
  }
  const perPlan = await db().planAction.groupBy({ by: ['planId'], where, _count: { _all: true } })
  const counts = new Map(perPlan.map((p) => [p.planId, p._count._all]))
  const plans = await db().implementationPlan.findMany({
    where: { id: { in: [...counts.keys()] } },
    select: { id: true },
    orderBy: [{ organisation: { name: 'asc' } }, { id: 'asc' }],
  })
  // the plans the page spans, and where in the first of them it starts
  const { skip, take } = pageWindow(query)
  const spanned: number[] = []
  let offset = 0
  let total = 0
  for (const plan of plans) {
    const count = counts.get(plan.id)!
    if (total + count > skip && total < skip + take) {
      if (spanned.length === 0) offset = skip - total
      spanned.push(plan.id)
    }
    total += count
  }
  const rank = new Map(spanned.map((id, i) => [id, i]))
  const candidates = await db().planAction.findMany({
    where: { AND: [where, { planId: { in: spanned } }] },
    select: { id: true, planId: true },
    orderBy: { id: 'asc' },
  })
  const pageIds = candidates
    .sort((a, b) => rank.get(a.planId)! - rank.get(b.planId)! || a.id - b.id)
    .slice(offset, offset + take)
    .map((a) => a.id)
  const rows = new Map(
    (await db().planAction.findMany({ where: { id: { in: pageIds } }, include: actionInclude })).map((row) => [row.id, row]),
  )
  return {
    items: pageIds.flatMap((id) => rows.get(id) ?? []).map((row) => presentPlanAction(row, actor)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}

export async function getPlanAction(id: number, actor: Actor) {
  const row = await db().planAction.findUnique({ where: { id }, include: actionInclude })
  if (!row) throw notFound(WHAT, id)
  return presentPlanAction(row, actor)
}

function checkDates(action: { plannedStart?: Date | null; plannedEnd?: Date | null }) {
  if (action.plannedStart && action.plannedEnd && action.plannedStart > action.plannedEnd)
    throw ruleBroken('Planerat slut kan inte ligga före planerad start.', 'plannedEnd')
}

/**
 * Measures exist, belong to the plan's strategy and are not archived (one already linked may stay linked after
 * it was archived).
 */
async function checkMeasures(tx: Tx, strategyId: number, ids: number[], linked: number[] = []) {
  const measures = await tx.measure.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, archivedAt: true, goal: { select: { strategyId: true } } },
  })
  const missing = ids.filter((id) => !measures.some((m) => m.id === id))
  if (missing.length) throw ruleBroken(`Åtgärden med id ${missing.join(', ')} finns inte.`, 'measureIds')
  const foreign = measures.filter((m) => m.goal.strategyId !== strategyId)
  if (foreign.length) throw ruleBroken(`Åtgärd ${codes(foreign)} tillhör en annan strategi än genomförandeplanens.`, 'measureIds')
  const archived = measures.filter((m) => m.archivedAt && !linked.includes(m.id))
  if (archived.length) throw ruleBroken(`Åtgärd ${codes(archived)} är arkiverad och kan inte kopplas till en aktivitet.`, 'measureIds')
}

const codes = (measures: { code: string }[]) => measures.map((m) => m.code).join(', ')

/** Co-owners exist, are not archived (unless already co-owners) and are not the plan's own organisation. */
async function checkCoOwners(tx: Tx, ownerId: number, ids: number[], linked: number[] = []) {
  if (ids.includes(ownerId)) throw ruleBroken('Planens egen organisation kan inte också vara medägare av aktiviteten.', 'coOwnerIds')
  if (!ids.length) return
  const found = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, archivedAt: true } })
  const missing = ids.filter((id) => !found.some((o) => o.id === id))
  if (missing.length) throw ruleBroken(`Organisationen med id ${missing.join(', ')} finns inte.`, 'coOwnerIds')
  const archived = found.filter((o) => o.archivedAt && !linked.includes(o.id))
  if (archived.length) throw ruleBroken(`${archived.map((o) => o.name).join(', ')} är arkiverad och kan inte bli medägare.`, 'coOwnerIds')
}

/**
 * Creates an action in a plan with its measure and co-owner links, all in one transaction: a refused action
 * writes nothing. Only coordinators of the plan's organisation add actions (403, checked before the rules).
 * Rules: the plan is not archived; see checkDates, checkMeasures, checkCoOwners.
 */
export async function createPlanAction(planId: number, { measureIds, coOwnerIds, ...fields }: PlanActionCreate, actor: Actor) {
  const id = await write(actor, async (tx) => {
    const plan = await tx.implementationPlan.findUnique({ where: { id: planId } })
    if (!plan) throw notFound(PLAN, planId)
    enforce(addAction(actor, plan))
    const data = withDates(fields, DATES)
    checkDates(data)
    await checkMeasures(tx, plan.strategyId, measureIds)
    await checkCoOwners(tx, plan.organisationId, coOwnerIds)
    const action = await tx.planAction.create({ data: { ...data, planId } })
    await tx.planActionMeasure.createMany({ data: measureIds.map((measureId) => ({ actionId: action.id, measureId })) })
    await tx.planActionCoOwner.createMany({ data: coOwnerIds.map((organisationId) => ({ actionId: action.id, organisationId })) })
    return action.id
  })
  return getPlanAction(id, actor)
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((id) => b.includes(id))
const sameDate = (a: Date | null | undefined, b: Date | null) => (a ?? null)?.getTime() === b?.getTime()

/** The owner's fields (action-policy.ts OWNER_FIELDS) that an update would change: a value sent as it is stored is no change. */
function ownerFieldsChanged(
  row: { title: string; responsibleUnit: string; plannedStart: Date | null; plannedEnd: Date | null },
  stored: { measureIds: number[]; coOwnerIds: number[] },
  input: {
    title?: string
    responsibleUnit?: string
    plannedStart?: Date | null
    plannedEnd?: Date | null
    measureIds?: number[]
    coOwnerIds?: number[]
  },
): OwnerField[] {
  const changed: [OwnerField, boolean][] = [
    ['title', input.title !== undefined && input.title !== row.title],
    ['responsibleUnit', input.responsibleUnit !== undefined && input.responsibleUnit !== row.responsibleUnit],
    ['plannedStart', input.plannedStart !== undefined && !sameDate(input.plannedStart, row.plannedStart)],
    ['plannedEnd', input.plannedEnd !== undefined && !sameDate(input.plannedEnd, row.plannedEnd)],
    ['measureIds', input.measureIds !== undefined && !sameSet(input.measureIds, stored.measureIds)],
    ['coOwnerIds', input.coOwnerIds !== undefined && !sameSet(input.coOwnerIds, stored.coOwnerIds)],
  ]
  return changed.filter(([, differs]) => differs).map(([field]) => field)
}

/**
 * Updates an action; measureIds and coOwnerIds, when given, replace the links. The row, its version and its links
 * change in one transaction. Who may (action-policy.ts actionWrite, checked before the version and the rules):
 * the description and status — the coordinators of the plan's organisation and of the co-owners, and OPK staff;
 * the owner's fields (title, responsible unit, dates, measures, co-owners) — only the plan's organisation's
 * coordinators and OPK staff: a co-owner who changes one is refused with 403 naming each such field (sending a
 * field unchanged is no change). Rules: its plan is not archived; as for createPlanAction, on the action as it will be.
 */
export async function updatePlanAction(id: number, { version, measureIds, coOwnerIds, ...fields }: PlanActionUpdate, actor: Actor) {
  await write(actor, async (tx) => {
    // one relation per read: Prisma would run several included relations at once on the transaction's single connection
    const row = await tx.planAction.findUnique({ where: { id }, include: { plan: true } })
    if (!row) throw notFound(WHAT, id)
    const coOwners = (await tx.planActionCoOwner.findMany({ where: { actionId: id }, select: { organisationId: true } })).map(
      (o) => o.organisationId,
    )
    const linked = (await tx.planActionMeasure.findMany({ where: { actionId: id }, select: { measureId: true } })).map((m) => m.measureId)
    const data = withDates(fields, DATES)
    const changed = ownerFieldsChanged(row, { measureIds: linked, coOwnerIds: coOwners }, { ...data, measureIds, coOwnerIds })
    const facts = {
      organisationId: row.plan.organisationId,
      owners: [row.plan.organisationId, ...coOwners],
      archivedAt: row.archivedAt,
      planArchivedAt: row.plan.archivedAt,
    }
    enforce(actionWrite(actor, facts, changed.length ? 'editLinks' : 'edit', changed), () => expectVersion(row, version))
    checkDates({ ...row, ...data })
    if (measureIds) await checkMeasures(tx, row.plan.strategyId, measureIds, linked)
    if (coOwnerIds) await checkCoOwners(tx, row.plan.organisationId, coOwnerIds, coOwners)
    // first the versioned row: a concurrent editor waits on its lock and then gets 409, before touching the links
    await updateVersioned(tx.planAction, WHAT, id, version, data)
    if (measureIds) {
      await tx.planActionMeasure.deleteMany({ where: { actionId: id } })
      await tx.planActionMeasure.createMany({ data: measureIds.map((measureId) => ({ actionId: id, measureId })) })
    }
    if (coOwnerIds) {
      await tx.planActionCoOwner.deleteMany({ where: { actionId: id } })
      await tx.planActionCoOwner.createMany({ data: coOwnerIds.map((organisationId) => ({ actionId: id, organisationId })) })
    }
  })
  return getPlanAction(id, actor)
}

/**
 * Archives or restores an action: the plan's organisation's coordinators and OPK staff (403 for others, a joint
 * action's co-owners included), while its plan is not archived (422).
 */
export async function archivePlanAction(id: number, archived: boolean, actor: Actor) {
  await write(actor, async (tx) => {
    const facts = await actionFactsIn(tx, id)
    if (!facts) throw notFound(WHAT, id)
    enforce(actionWrite(actor, facts, 'archive'))
    await setArchived(tx.planAction, WHAT, id, archived)
  })
  return getPlanAction(id, actor)
}
