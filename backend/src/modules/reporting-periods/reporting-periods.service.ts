import type { PeriodStatus, ReportingPeriodCreate, ReportingPeriodQuery, ReportingPeriodUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { isoDate, parseDate } from '../../http/present'
import { presentReportingPeriod } from './reporting-periods.presenter'

const WHAT = 'Uppföljningsperioden'

/** The status moves a period may make: opened, closed, and reopened after closing — never back to planned. */
const allowedMoves: Record<PeriodStatus, PeriodStatus[]> = {
  planned: ['open'],
  open: ['closed'],
  closed: ['open'],
}

const statusNames: Record<PeriodStatus, string> = { planned: 'planerad', open: 'öppen', closed: 'stängd' }

/** Periods, oldest first; filtered by strategy and status. */
export async function listReportingPeriods(query: ReportingPeriodQuery) {
  const where: Prisma.ReportingPeriodWhereInput = {
    ...activeOnly(query),
    ...(query.strategyId ? { strategyId: query.strategyId } : {}),
    ...(query.status ? { status: query.status } : {}),
  }
  const rows = db().reportingPeriod.findMany({
    where,
    orderBy: [{ startsOn: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    ...pageWindow(query),
  })
  return pageOf(query, rows, db().reportingPeriod.count({ where }), presentReportingPeriod)
}

export async function getReportingPeriod(id: number) {
  const row = await db().reportingPeriod.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  return presentReportingPeriod(row)
}

interface PeriodState {
  strategyId: number
  name: string
  startsOn: string
  endsOn: string
  deadline: string
}

/** Rules on the period as it would be stored: dates in order and a name unique within the strategy. */
async function checkRules(period: PeriodState, id?: number) {
  if (period.startsOn > period.endsOn)
    throw ruleBroken(`Perioden kan inte sluta (${period.endsOn}) före den börjar (${period.startsOn}).`, 'endsOn')
  if (period.deadline < period.startsOn)
    throw ruleBroken(
      `Sista dag för uppföljning (${period.deadline}) kan inte ligga före periodens början (${period.startsOn}).`,
      'deadline',
    )
  const other = await db().reportingPeriod.findUnique({ where: { strategyId_name: { strategyId: period.strategyId, name: period.name } } })
  if (other && other.id !== id)
    throw duplicate(`Strategin har redan en uppföljningsperiod som heter ${period.name}.`, [
      { path: 'name', message: 'Namnet används redan i strategin.' },
    ])
}

/** Creates a period of an existing strategy. */
export async function createReportingPeriod(input: ReportingPeriodCreate, actor: Actor) {
  const strategy = await db().strategy.findUnique({ where: { id: input.strategyId }, select: { id: true } })
  if (!strategy) throw ruleBroken(`Strategin ${input.strategyId} finns inte.`, 'strategyId')
  await checkRules(input)
  const row = await write(actor, (tx) =>
    tx.reportingPeriod.create({
      data: { ...input, startsOn: parseDate(input.startsOn)!, endsOn: parseDate(input.endsOn)!, deadline: parseDate(input.deadline)! },
    }),
  )
  return presentReportingPeriod(row)
}

/**
 * Updates a period. Dates and name are checked as they would be stored; the status may only move
 * planned → open → closed, or closed → open (reopened).
 */
export async function updateReportingPeriod(id: number, { version, ...changes }: ReportingPeriodUpdate, actor: Actor) {
  const row = await db().reportingPeriod.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  if (changes.status && changes.status !== row.status && !allowedMoves[row.status].includes(changes.status))
    throw ruleBroken(`En ${statusNames[row.status]} period kan inte bli ${statusNames[changes.status]}.`, 'status')
  await checkRules(
    {
      strategyId: row.strategyId,
      name: changes.name ?? row.name,
      startsOn: changes.startsOn ?? isoDate(row.startsOn),
      endsOn: changes.endsOn ?? isoDate(row.endsOn),
      deadline: changes.deadline ?? isoDate(row.deadline),
    },
    id,
  )
  const { startsOn, endsOn, deadline, ...rest } = changes
  await write(actor, (tx) =>
    updateVersioned(tx.reportingPeriod, WHAT, id, version, {
      ...rest,
      ...(startsOn ? { startsOn: parseDate(startsOn) } : {}),
      ...(endsOn ? { endsOn: parseDate(endsOn) } : {}),
      ...(deadline ? { deadline: parseDate(deadline) } : {}),
    }),
  )
  return getReportingPeriod(id)
}

export async function archiveReportingPeriod(id: number, archived: boolean, actor: Actor) {
  await write(actor, (tx) => setArchived(tx.reportingPeriod, WHAT, id, archived))
  return getReportingPeriod(id)
}
