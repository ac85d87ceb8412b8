import type { StrategyCreate, StrategyQuery, StrategyUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, formsCycle, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { notFound, ruleBroken } from '../../errors'
import { presentStrategy } from './strategies.presenter'

const WHAT = 'Strategin'

/** Strategies, newest period first; filtered by status. */
export async function listStrategies(query: StrategyQuery) {
  const where: Prisma.StrategyWhereInput = {
    ...activeOnly(query),
    ...(query.status ? { status: query.status } : {}),
  }
  const rows = db().strategy.findMany({ where, orderBy: [{ startYear: 'desc' }, { name: 'asc' }, { id: 'asc' }], ...pageWindow(query) })
  return pageOf(query, rows, db().strategy.count({ where }), presentStrategy)
}

export async function getStrategy(id: number) {
  const row = await db().strategy.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  return presentStrategy(row)
}

interface StrategyState {
  startYear: number
  endYear: number
  predecessorId?: number | null
}

/**
 * Rules on the strategy as it would be stored: the period does not end before it starts; the predecessor
 * exists and is neither the strategy itself nor one of its successors (the revision chain has no loops).
 */
async function checkRules(strategy: StrategyState, id?: number) {
  if (strategy.startYear > strategy.endYear)
    throw ruleBroken(`Strategin kan inte sluta (${strategy.endYear}) före den börjar (${strategy.startYear}).`, 'endYear')
  const { predecessorId } = strategy
  if (predecessorId == null) return
  if (predecessorId === id) throw ruleBroken('En strategi kan inte vara sin egen föregångare.', 'predecessorId')
  if (id === undefined) {
    if (!(await db().strategy.findUnique({ where: { id: predecessorId }, select: { id: true } })))
      throw ruleBroken(`Strategin ${predecessorId} finns inte.`, 'predecessorId')
    return
  }
  // Few strategies exist (one every few years): the whole chain in one query.
  const chain = await db().strategy.findMany({ select: { id: true, predecessorId: true } })
  const predecessorOf = new Map(chain.map((s) => [s.id, s.predecessorId]))
  if (!predecessorOf.has(predecessorId)) throw ruleBroken(`Strategin ${predecessorId} finns inte.`, 'predecessorId')
  if (formsCycle(predecessorOf, id, predecessorId))
    throw ruleBroken(
      `Strategin ${predecessorId} är en senare version av den här strategin och kan inte vara dess föregångare.`,
      'predecessorId',
    )
}

/** Creates a strategy (status draft unless given). */
export async function createStrategy(input: StrategyCreate, actor: Actor) {
  await checkRules(input)
  return presentStrategy(await write(actor, (tx) => tx.strategy.create({ data: input })))
}

/**
 * Updates a strategy; the rules are checked on the stored values combined with the changes. The
 * predecessor cannot be swapped while measures of this strategy name measures of the current one
 * as the ones they replace (those links would point into the wrong strategy).
 */
export async function updateStrategy(id: number, { version, ...changes }: StrategyUpdate, actor: Actor) {
  const row = await db().strategy.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  await checkRules({ startYear: row.startYear, endYear: row.endYear, predecessorId: row.predecessorId, ...changes }, id)
  if (changes.predecessorId !== undefined && changes.predecessorId !== row.predecessorId) {
    const links = await db().measureSuccession.count({ where: { measure: { goal: { strategyId: id } } } })
    if (links > 0)
      throw ruleBroken(
        `${links} åtgärder i strategin ersätter åtgärder i den nuvarande föregångaren. Ta bort de kopplingarna innan du byter föregångare.`,
        'predecessorId',
      )
  }
  await write(actor, (tx) => updateVersioned(tx.strategy, WHAT, id, version, changes))
  return getStrategy(id)
}

/** Archives or restores a strategy; `status` is left as it is. */
export async function archiveStrategy(id: number, archived: boolean, actor: Actor) {
  await write(actor, (tx) => setArchived(tx.strategy, WHAT, id, archived))
  return getStrategy(id)
}
