import type { IndicatorCreate, IndicatorQuery, IndicatorUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { notFound, ruleBroken } from '../../errors'
import { presentIndicator, withStrategy, type IndicatorRow } from './indicators.presenter'

const WHAT = 'Indikatorn'

/** Indicators by name; filtered by strategy (through the goal or the measure's goal), goal or measure. */
export async function listIndicators(query: IndicatorQuery) {
  const where: Prisma.IndicatorWhereInput = {
    ...activeOnly(query),
    ...(query.strategyId
      ? { OR: [{ goal: { strategyId: query.strategyId } }, { measure: { goal: { strategyId: query.strategyId } } }] }
      : {}),
    ...(query.goalId ? { goalId: query.goalId } : {}),
    ...(query.measureId ? { measureId: query.measureId } : {}),
  }
  const rows = db().indicator.findMany({ where, include: withStrategy, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...pageWindow(query) })
  return pageOf(query, rows, db().indicator.count({ where }), presentIndicator)
}

/** The stored indicator with its strategy, or 404. */
export async function findIndicator(id: number): Promise<IndicatorRow> {
  const row = await db().indicator.findUnique({ where: { id }, include: withStrategy })
  if (!row) throw notFound(WHAT, id)
  return row
}

export async function getIndicator(id: number) {
  return presentIndicator(await findIndicator(id))
}

/** A baseline year after the target year makes no sense. */
function checkYears(baselineYear: number | null | undefined, targetYear: number | null | undefined) {
  if (baselineYear != null && targetYear != null && baselineYear > targetYear)
    throw ruleBroken(`Målåret (${targetYear}) kan inte ligga före basåret (${baselineYear}).`, 'targetYear')
}

/** Creates an indicator. Rules: attached to exactly one existing goal or one existing measure; baseline year not after target year. */
export async function createIndicator({ goalId, measureId, ...fields }: IndicatorCreate, actor: Actor) {
  if ((goalId == null) === (measureId == null))
    throw ruleBroken('En indikator hör till antingen ett mål eller en åtgärd: ange exakt en av dem.', 'goalId')
  if (goalId != null && !(await db().goal.findUnique({ where: { id: goalId }, select: { id: true } })))
    throw ruleBroken(`Målet ${goalId} finns inte.`, 'goalId')
  if (measureId != null && !(await db().measure.findUnique({ where: { id: measureId }, select: { id: true } })))
    throw ruleBroken(`Åtgärden ${measureId} finns inte.`, 'measureId')
  checkYears(fields.baselineYear, fields.targetYear)
  const row = await write(actor, (tx) =>
    tx.indicator.create({ data: { ...fields, goalId: goalId ?? null, measureId: measureId ?? null }, include: withStrategy }),
  )
  return presentIndicator(row)
}

/** Updates an indicator; the years are checked as they would be stored. */
export async function updateIndicator(id: number, { version, ...changes }: IndicatorUpdate, actor: Actor) {
  const row = await findIndicator(id)
  checkYears(
    changes.baselineYear !== undefined ? changes.baselineYear : row.baselineYear,
    changes.targetYear !== undefined ? changes.targetYear : row.targetYear,
  )
  await write(actor, (tx) => updateVersioned(tx.indicator, WHAT, id, version, changes))
  return getIndicator(id)
}

export async function archiveIndicator(id: number, archived: boolean, actor: Actor) {
  await write(actor, (tx) => setArchived(tx.indicator, WHAT, id, archived))
  return getIndicator(id)
}
