import type { ImplementationPlanCreate, ImplementationPlanQuery, ImplementationPlanUpdate, PlanStatus } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { enforce } from '../../auth/policy'
import { db, type Prisma, type Tx } from '../../db/prisma'
import { activeOnly, expectVersion, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { write } from '../../db/write'
import { notFound, ruleBroken } from '../../errors'
import { withDates } from '../../http/present'
import { planInclude, presentPlan } from './implementation-plans.presenter'
import { changePlan } from './plan-policy'

const WHAT = 'Genomförandeplanen'

/**
 * Plans by strategy, organisation and status, ordered by organisation name, newest period first. The active actions
 * are counted for the page's plans only (one statement, by plan). Each says what the actor may do with it.
 */
export async function listPlans(query: ImplementationPlanQuery, actor: Actor) {
  const where: Prisma.ImplementationPlanWhereInput = {
    ...activeOnly(query),
    ...(query.strategyId ? { strategyId: query.strategyId } : {}),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.status ? { status: query.status } : {}),
  }
  const page = async () => {
    const plans = await db().implementationPlan.findMany({
      where,
      include: { organisation: planInclude.organisation },
      orderBy: [{ organisation: { name: 'asc' } }, { startYear: 'desc' }, { id: 'asc' }],
      ...pageWindow(query),
    })
    const counts = await db().planAction.groupBy({
      by: ['planId'],
      where: { planId: { in: plans.map((p) => p.id) }, archivedAt: null },
      _count: { _all: true },
    })
    const actionsOf = new Map(counts.map((c) => [c.planId, c._count._all]))
    return plans.map((plan) => ({ ...plan, _count: { actions: actionsOf.get(plan.id) ?? 0 } }))
  }
  return pageOf(query, page(), db().implementationPlan.count({ where }), (row) => presentPlan(row, actor))
}

export async function getPlan(id: number, actor: Actor) {
  const row = await db().implementationPlan.findUnique({ where: { id }, include: planInclude })
  if (!row) throw notFound(WHAT, id)
  return presentPlan(row, actor)
}

/**
 * Rules of a plan as it will be stored: years in order and within the strategy's period, and an adopted plan
 * has the date it was adopted.
 */
function checkPlan(
  plan: { startYear: number; endYear: number; status: PlanStatus; adoptedOn?: Date | null },
  strategy: { startYear: number; endYear: number },
) {
  if (plan.startYear > plan.endYear)
    throw ruleBroken(`Slutåret (${plan.endYear}) kan inte ligga före startåret (${plan.startYear}).`, 'endYear')
  const span = `${strategy.startYear}–${strategy.endYear}`
  if (plan.startYear < strategy.startYear || plan.startYear > strategy.endYear)
    throw ruleBroken(`Startåret ${plan.startYear} ligger utanför strategins period ${span}.`, 'startYear')
  if (plan.endYear > strategy.endYear) throw ruleBroken(`Slutåret ${plan.endYear} ligger utanför strategins period ${span}.`, 'endYear')
  if (plan.status === 'adopted' && !plan.adoptedOn) throw ruleBroken('Ange datumet då planen antogs.', 'adoptedOn')
}

/**
 * Creates a plan for one of the coordinator's organisations (403 for any other, checked first). Rules: the
 * organisation is not archived; the strategy exists; see checkPlan.
 */
export async function createPlan(input: ImplementationPlanCreate, actor: Actor) {
  enforce(changePlan(actor, { organisationId: input.organisationId, archivedAt: null }))
  const id = await write(actor, async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: input.organisationId } })
    const strategy = await tx.strategy.findUnique({ where: { id: input.strategyId } })
    if (!organisation) throw ruleBroken(`Organisationen med id ${input.organisationId} finns inte.`, 'organisationId')
    if (organisation.archivedAt)
      throw ruleBroken(`${organisation.name} är arkiverad och kan inte få en ny genomförandeplan.`, 'organisationId')
    if (!strategy) throw ruleBroken(`Strategin med id ${input.strategyId} finns inte.`, 'strategyId')
    const data = withDates(input, ['adoptedOn'])
    checkPlan(data, strategy)
    return (await tx.implementationPlan.create({ data })).id
  })
  return getPlan(id, actor)
}

/** The stored plan, for a change by one of its organisation's coordinators: 404 unknown, then 403 not theirs (changePlan). */
async function ownPlan(tx: Tx, id: number, actor: Actor) {
  const row = await tx.implementationPlan.findUnique({ where: { id }, include: { strategy: true } })
  if (!row) throw notFound(WHAT, id)
  enforce(changePlan(actor, row))
  return row
}

/** Rules of checkPlan, checked on the plan as it will be after the change. Organisation and strategy never change. */
export async function updatePlan(id: number, { version, ...changes }: ImplementationPlanUpdate, actor: Actor) {
  await write(actor, async (tx) => {
    const row = await ownPlan(tx, id, actor)
    expectVersion(row, version)
    const data = withDates(changes, ['adoptedOn'])
    checkPlan({ ...row, ...data }, row.strategy)
    await updateVersioned(tx.implementationPlan, WHAT, id, version, data)
  })
  return getPlan(id, actor)
}

export async function archivePlan(id: number, archived: boolean, actor: Actor) {
  await write(actor, async (tx) => {
    await ownPlan(tx, id, actor)
    await setArchived(tx.implementationPlan, WHAT, id, archived)
  })
  return getPlan(id, actor)
}
