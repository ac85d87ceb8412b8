import type { MeasureCreate, MeasureQuery, MeasureUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma, type Tx } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { measureInclude, presentMeasure } from './measures.presenter'

const WHAT = 'Åtgärden'

/**
 * Measures in the strategy's order (goal, then measure sortOrder and code); filtered by strategy (through
 * the goal), goal, and the organisation expected to act — by its kind or by name. Three queries at most:
 * the organisation's kind, one findMany with its includes, one count.
 */
export async function listMeasures(query: MeasureQuery) {
  const where: Prisma.MeasureWhereInput = {
    ...activeOnly(query),
    ...(query.strategyId ? { goal: { strategyId: query.strategyId } } : {}),
    ...(query.goalId ? { goalId: query.goalId } : {}),
    ...(query.expectedOrganisationId ? { OR: await expectedOf(query.expectedOrganisationId) } : {}),
  }
  const rows = db().measure.findMany({
    where,
    include: measureInclude,
    // goal code keeps a goal's measures together when goals share a sortOrder
    orderBy: [{ goal: { sortOrder: 'asc' } }, { goal: { code: 'asc' } }, { sortOrder: 'asc' }, { code: 'asc' }, { id: 'asc' }],
    ...pageWindow(query),
  })
  return pageOf(query, rows, db().measure.count({ where }), presentMeasure)
}

/** The ways a measure can expect an organisation to act: named, or by the organisation's kind (an unknown organisation matches nothing). */
async function expectedOf(organisationId: number): Promise<Prisma.MeasureWhereInput[]> {
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { kind: true } })
  return [{ expectedOrganisations: { some: { organisationId } } }, ...(organisation ? [{ expectedKinds: { has: organisation.kind } }] : [])]
}

export async function getMeasure(id: number) {
  const row = await db().measure.findUnique({ where: { id }, include: measureInclude })
  if (!row) throw notFound(WHAT, id)
  return presentMeasure(row)
}

/** Where a measure sits: its goal and the strategy the goal's strategy revises (null when none). */
interface Place {
  goalId: number
  predecessorStrategyId: number | null
}

/** The link rows of a measure; an array left undefined is not being changed. */
interface Links {
  expectedOrganisationIds?: number[]
  predecessorMeasureIds?: number[]
}

interface MeasureState extends Links {
  code?: string
  activeFromYear?: number | null
  activeToYear?: number | null
}

/**
 * Rules on the measure as it would be stored: active years in order; a code unique within the goal;
 * expected organisations that exist; replaced measures that belong to the predecessor strategy (so none
 * when the strategy has no predecessor). Fields left undefined are not being changed and are not checked.
 */
async function checkRules(place: Place, measure: MeasureState, id?: number) {
  const { activeFromYear, activeToYear, code, expectedOrganisationIds, predecessorMeasureIds } = measure
  if (activeFromYear != null && activeToYear != null && activeFromYear > activeToYear)
    throw ruleBroken(`Åtgärden kan inte vara aktiv till ${activeToYear} om den börjar ${activeFromYear}.`, 'activeToYear')
  if (code !== undefined) {
    const other = await db().measure.findUnique({
      where: { goalId_code: { goalId: place.goalId, code } },
      select: { id: true, title: true },
    })
    if (other && other.id !== id)
      throw duplicate(`Målet har redan en åtgärd med koden ${code} (${other.title}).`, [
        { path: 'code', message: 'Koden används redan under målet.' },
      ])
  }
  if (expectedOrganisationIds?.length) {
    const found = await db().organisation.findMany({ where: { id: { in: expectedOrganisationIds } }, select: { id: true } })
    const missing = idsMissing(expectedOrganisationIds, found)
    if (missing.length) throw ruleBroken(`Organisationerna ${missing.join(', ')} finns inte.`, 'expectedOrganisationIds')
  }
  if (predecessorMeasureIds?.length) {
    if (place.predecessorStrategyId === null)
      throw ruleBroken('Strategin har ingen föregångare, så åtgärden kan inte ersätta tidigare åtgärder.', 'predecessorMeasureIds')
    const found = await db().measure.findMany({
      where: { id: { in: predecessorMeasureIds }, goal: { strategyId: place.predecessorStrategyId } },
      select: { id: true },
    })
    const missing = idsMissing(predecessorMeasureIds, found)
    if (missing.length)
      throw ruleBroken(
        `Åtgärderna ${missing.join(', ')} finns inte i den föregående strategin (${place.predecessorStrategyId}).`,
        'predecessorMeasureIds',
      )
  }
}

const idsMissing = (wanted: number[], found: { id: number }[]) => {
  const present = new Set(found.map((row) => row.id))
  return wanted.filter((id) => !present.has(id))
}

/**
 * Writes the link rows that are given (undefined = keep the stored ones). One statement after another:
 * a nested create of both relations makes Prisma send them concurrently on the transaction's connection,
 * which pg deprecates.
 */
async function replaceLinks(tx: Tx, measureId: number, { expectedOrganisationIds, predecessorMeasureIds }: Links, fresh = false) {
  if (expectedOrganisationIds) {
    if (!fresh) await tx.measureExpectedOrganisation.deleteMany({ where: { measureId } })
    if (expectedOrganisationIds.length)
      await tx.measureExpectedOrganisation.createMany({
        data: expectedOrganisationIds.map((organisationId) => ({ measureId, organisationId })),
      })
  }
  if (predecessorMeasureIds) {
    if (!fresh) await tx.measureSuccession.deleteMany({ where: { measureId } })
    if (predecessorMeasureIds.length)
      await tx.measureSuccession.createMany({ data: predecessorMeasureIds.map((predecessorId) => ({ measureId, predecessorId })) })
  }
}

/**
 * Creates a measure under an existing goal, with its expected organisations and the measures it replaces.
 * The measure and its link rows are written in one transaction: all or nothing.
 */
export async function createMeasure({ expectedOrganisationIds, predecessorMeasureIds, ...fields }: MeasureCreate, actor: Actor) {
  const goal = await db().goal.findUnique({ where: { id: fields.goalId }, select: { strategy: { select: { predecessorId: true } } } })
  if (!goal) throw ruleBroken(`Målet ${fields.goalId} finns inte.`, 'goalId')
  await checkRules(
    { goalId: fields.goalId, predecessorStrategyId: goal.strategy.predecessorId },
    { ...fields, expectedOrganisationIds, predecessorMeasureIds },
  )
  const id = await write(actor, async (tx) => {
    const { id } = await tx.measure.create({ data: fields, select: { id: true } })
    await replaceLinks(tx, id, { expectedOrganisationIds, predecessorMeasureIds }, true)
    return id
  })
  return getMeasure(id)
}

/**
 * Updates a measure; it stays under its goal. Rules are checked on the stored values combined with the
 * changes. A given `expectedOrganisationIds` or `predecessorMeasureIds` replaces the stored links, in the
 * same transaction as the versioned update, so a stale version changes nothing.
 */
export async function updateMeasure(
  id: number,
  { version, expectedOrganisationIds, predecessorMeasureIds, ...changes }: MeasureUpdate,
  actor: Actor,
) {
  const row = await db().measure.findUnique({
    where: { id },
    include: { goal: { select: { strategy: { select: { predecessorId: true } } } } },
  })
  if (!row) throw notFound(WHAT, id)
  await checkRules(
    { goalId: row.goalId, predecessorStrategyId: row.goal.strategy.predecessorId },
    { activeFromYear: row.activeFromYear, activeToYear: row.activeToYear, ...changes, expectedOrganisationIds, predecessorMeasureIds },
    id,
  )
  await write(actor, async (tx) => {
    await updateVersioned(tx.measure, WHAT, id, version, changes)
    await replaceLinks(tx, id, { expectedOrganisationIds, predecessorMeasureIds })
  })
  return getMeasure(id)
}

export async function archiveMeasure(id: number, archived: boolean, actor: Actor) {
  await write(actor, (tx) => setArchived(tx.measure, WHAT, id, archived))
  return getMeasure(id)
}
