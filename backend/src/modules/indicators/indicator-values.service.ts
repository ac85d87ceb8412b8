import type { IndicatorValueCreate, IndicatorValueQuery, IndicatorValueUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { presentIndicatorValue } from './indicator-values.presenter'
import { strategyOf } from './indicators.presenter'
import { findIndicator } from './indicators.service'

const WHAT = 'Indikatorvärdet'

/** The values of an indicator, by period and organisation (the county-wide value first). */
export async function listIndicatorValues(indicatorId: number, query: IndicatorValueQuery) {
  await findIndicator(indicatorId)
  const where: Prisma.IndicatorValueWhereInput = {
    indicatorId,
    ...activeOnly(query),
    ...(query.periodId ? { periodId: query.periodId } : {}),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.countyWide === true ? { organisationId: null } : {}),
    ...(query.countyWide === false ? { organisationId: { not: null } } : {}),
  }
  const rows = db().indicatorValue.findMany({
    where,
    orderBy: [{ period: { startsOn: 'asc' } }, { organisationId: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    ...pageWindow(query),
  })
  return pageOf(query, rows, db().indicatorValue.count({ where }), presentIndicatorValue)
}

export async function getIndicatorValue(id: number) {
  const row = await db().indicatorValue.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  return presentIndicatorValue(row)
}

/** A suppressed small count carries no value; any other value must be given. */
function checkValue(suppressed: boolean, value: number | null | undefined) {
  if (suppressed && value != null)
    throw ruleBroken('Ett skyddat värde (litet antal, visas som "<5") ska inte anges: lämna värdet tomt.', 'value')
  if (!suppressed && value == null) throw ruleBroken('Ange ett värde, eller markera att det är skyddat (litet antal).', 'value')
}

/** Values are written only while their period is not closed. */
function checkPeriodOpen(period: { name: string; status: string }) {
  if (period.status === 'closed')
    throw ruleBroken(`Uppföljningsperioden ${period.name} är stängd: dess värden kan inte ändras.`, 'periodId')
}

/**
 * Records a value of an indicator for one organisation (or the whole county) in one period. Rules: the
 * period exists, belongs to the indicator's strategy and is not closed; the organisation exists; a value
 * unless suppressed; one value per indicator, period and organisation (county-wide counting as one).
 */
export async function createIndicatorValue(indicatorId: number, input: IndicatorValueCreate, actor: Actor) {
  const indicator = await findIndicator(indicatorId)
  const period = await db().reportingPeriod.findUnique({ where: { id: input.periodId } })
  if (!period) throw ruleBroken(`Uppföljningsperioden ${input.periodId} finns inte.`, 'periodId')
  if (period.strategyId !== strategyOf(indicator))
    throw ruleBroken(`Uppföljningsperioden ${period.name} hör till en annan strategi än indikatorn.`, 'periodId')
  checkPeriodOpen(period)
  if (input.organisationId != null && !(await db().organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } })))
    throw ruleBroken(`Organisationen ${input.organisationId} finns inte.`, 'organisationId')
  checkValue(input.suppressed, input.value)
  const other = await db().indicatorValue.findFirst({
    where: { indicatorId, periodId: input.periodId, organisationId: input.organisationId },
  })
  if (other) {
    const who = input.organisationId == null ? 'hela länet' : 'organisationen'
    const archived = other.archivedAt ? ' (arkiverat: återställ det i stället)' : ''
    throw duplicate(`Indikatorn har redan ett värde för ${who} i perioden ${period.name}${archived}.`, [
      { path: 'organisationId', message: 'Det finns redan ett värde för perioden.' },
    ])
  }
  const row = await write(actor, (tx) => tx.indicatorValue.create({ data: { ...input, value: input.value ?? null, indicatorId } }))
  return presentIndicatorValue(row)
}

/** The stored value with its period, or 404. */
async function findValue(id: number) {
  const row = await db().indicatorValue.findUnique({ where: { id }, include: { period: { select: { name: true, status: true } } } })
  if (!row) throw notFound(WHAT, id)
  return row
}

/** Updates a value while its period is not closed; value and suppression are checked as they would be stored. */
export async function updateIndicatorValue(id: number, { version, ...changes }: IndicatorValueUpdate, actor: Actor) {
  const row = await findValue(id)
  checkPeriodOpen(row.period)
  checkValue(changes.suppressed ?? row.suppressed, changes.value !== undefined ? changes.value : row.value)
  await write(actor, (tx) => updateVersioned(tx.indicatorValue, WHAT, id, version, changes))
  return getIndicatorValue(id)
}

/** Archives or restores a value while its period is not closed. */
export async function archiveIndicatorValue(id: number, archived: boolean, actor: Actor) {
  checkPeriodOpen((await findValue(id)).period)
  await write(actor, (tx) => setArchived(tx.indicatorValue, WHAT, id, archived))
  return getIndicatorValue(id)
}
