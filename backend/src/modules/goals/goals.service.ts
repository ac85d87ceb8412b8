import type { GoalCreate, GoalQuery, GoalUpdate } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, type Prisma } from '../../db/prisma'
import { write } from '../../db/write'
import { activeOnly, formsCycle, pageOf, pageWindow, setArchived, updateVersioned } from '../../db/queries'
import { duplicate, notFound, ruleBroken } from '../../errors'
import { presentGoal } from './goals.presenter'

const WHAT = 'Målet'

/** Goals in their agreed order (sortOrder, then code); filtered by strategy and parent goal. */
export async function listGoals(query: GoalQuery) {
  const where: Prisma.GoalWhereInput = {
    ...activeOnly(query),
    ...(query.strategyId ? { strategyId: query.strategyId } : {}),
    ...(query.parentId ? { parentId: query.parentId } : {}),
  }
  const rows = db().goal.findMany({ where, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }, { id: 'asc' }], ...pageWindow(query) })
  return pageOf(query, rows, db().goal.count({ where }), presentGoal)
}

export async function getGoal(id: number) {
  const row = await db().goal.findUnique({ where: { id } })
  if (!row) throw notFound(WHAT, id)
  return presentGoal(row)
}

/** A code unique within the strategy (the goal with `id` may keep its own). */
async function checkCode(strategyId: number, code: string, id?: number) {
  const other = await db().goal.findUnique({ where: { strategyId_code: { strategyId, code } }, select: { id: true, title: true } })
  if (other && other.id !== id)
    throw duplicate(`Strategin har redan ett mål med koden ${code} (${other.title}).`, [
      { path: 'code', message: 'Koden används redan i strategin.' },
    ])
}

/** A parent goal that exists, belongs to the same strategy, and is neither the goal itself nor one of its sub-goals. */
async function checkParent(strategyId: number, parentId: number, id?: number) {
  if (parentId === id) throw ruleBroken('Ett mål kan inte vara delmål till sig självt.', 'parentId')
  const parent = await db().goal.findUnique({ where: { id: parentId }, select: { strategyId: true } })
  if (!parent) throw ruleBroken(`Målet ${parentId} finns inte.`, 'parentId')
  if (parent.strategyId !== strategyId) throw ruleBroken(`Målet ${parentId} hör till en annan strategi.`, 'parentId')
  if (id === undefined) return // a new goal has no sub-goals yet
  const tree = await db().goal.findMany({ where: { strategyId }, select: { id: true, parentId: true } })
  if (formsCycle(new Map(tree.map((g) => [g.id, g.parentId])), id, parentId))
    throw ruleBroken(`Målet ${parentId} är ett delmål under det här målet och kan inte bli dess överordnade mål.`, 'parentId')
}

/** Creates a goal (or a sub-goal, with parentId) in an existing strategy. */
export async function createGoal(input: GoalCreate, actor: Actor) {
  if (!(await db().strategy.findUnique({ where: { id: input.strategyId }, select: { id: true } })))
    throw ruleBroken(`Strategin ${input.strategyId} finns inte.`, 'strategyId')
  await checkCode(input.strategyId, input.code)
  if (input.parentId != null) await checkParent(input.strategyId, input.parentId, undefined)
  return presentGoal(await write(actor, (tx) => tx.goal.create({ data: input })))
}

/** Updates a goal; it stays in its strategy. Code and parent are checked as they would be stored. */
export async function updateGoal(id: number, { version, ...changes }: GoalUpdate, actor: Actor) {
  const row = await db().goal.findUnique({ where: { id }, select: { strategyId: true } })
  if (!row) throw notFound(WHAT, id)
  if (changes.code !== undefined) await checkCode(row.strategyId, changes.code, id)
  if (changes.parentId != null) await checkParent(row.strategyId, changes.parentId, id)
  await write(actor, (tx) => updateVersioned(tx.goal, WHAT, id, version, changes))
  return getGoal(id)
}

export async function archiveGoal(id: number, archived: boolean, actor: Actor) {
  await write(actor, (tx) => setArchived(tx.goal, WHAT, id, archived))
  return getGoal(id)
}
