import type { AsOfQuery, HistoryQuery, PlanActionAsOf } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db, Prisma } from '../../db/prisma'
import { pageOf, pageWindow } from '../../db/queries'
import { AppError, notFound, ruleBroken } from '../../errors'
import { getFollowUp } from '../follow-ups/follow-ups.service'
import { presentActionAsOf, presentEvent, presentPlanAsOf, type EventRow, type Image } from './history.presenter'

const PLAN = 'Genomförandeplanen'
const ACTION = 'Aktiviteten'

// Which AuditEvent rows belong to what. An action's measure and co-owner links are recorded under the action's id.
const actionScope = (ids: Prisma.Sql) =>
  Prisma.sql`e.entity IN ('PlanAction', 'PlanActionMeasure', 'PlanActionCoOwner') AND e."entityId" IN (${ids})`
const planScope = (id: number) =>
  Prisma.sql`(e.entity = 'ImplementationPlan' AND e."entityId" = ${id}) OR (${actionScope(Prisma.sql`SELECT a.id FROM "PlanAction" a WHERE a."planId" = ${id}`)})`

/**
 * The events of a scope that say something: an UPDATE that changed nothing but updatedAt and version is left out
 * (e.g. the action row touched when only its links changed), and so is a link row deleted and inserted again in
 * the same transaction (links are replaced as a whole: only the ones that really came or went are shown).
 */
const shownEvents = (scope: Prisma.Sql) => Prisma.sql`
  WITH scope AS (SELECT * FROM "AuditEvent" e WHERE ${scope})
  SELECT e.* FROM scope e
  WHERE NOT (e.action = 'UPDATE' AND e.before - 'updatedAt' - 'version' = e.after - 'updatedAt' - 'version')
    AND NOT EXISTS (
      SELECT 1 FROM scope o
      WHERE o.entity = e.entity AND o."entityId" = e."entityId" AND o.at = e.at
        AND ((e.action = 'DELETE' AND o.action = 'INSERT' AND o.after = e.before) OR (e.action = 'INSERT' AND o.action = 'DELETE' AND o.before = e.after)))`

/** A page of history, newest first: one query for the page (with the users' names), one for the total. */
function history(scope: Prisma.Sql, query: HistoryQuery) {
  const paging = { ...query, includeArchived: true }
  const { skip, take } = pageWindow(paging)
  const rows = db().$queryRaw<EventRow[]>`
    SELECT s.id, s.at, s."userId", u.name AS "userName", s.entity, s."entityId", s.action, s.before, s.after
    FROM (${shownEvents(scope)}) s LEFT JOIN "User" u ON u.id = s."userId"
    ORDER BY s.at DESC, s.id DESC
    LIMIT ${take} OFFSET ${skip}`
  const total = db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${shownEvents(scope)}) s`.then(([row]) => row.total)
  return pageOf(paging, rows, total, presentEvent)
}

/** The history of a plan and of its actions (their fields, measures and co-owners). 404 for an unknown plan. */
export async function planHistory(id: number, query: HistoryQuery) {
  const plan = await db().implementationPlan.findUnique({ where: { id }, select: { id: true } })
  if (!plan) throw notFound(PLAN, id)
  return history(planScope(id), query)
}

/** The history of an action: its fields, and which measures and co-owners it was linked to. */
export async function actionHistory(id: number, query: HistoryQuery) {
  const action = await db().planAction.findUnique({ where: { id }, select: { id: true } })
  if (!action) throw notFound(ACTION, id)
  return history(actionScope(Prisma.sql`${id}`), query)
}

/**
 * The history of a follow-up, for those who may see the follow-up: another organisation's draft is answered 404
 * (the follow-ups module's rule, through getFollowUp).
 */
export async function followUpHistory(id: number, query: HistoryQuery, actor: Actor) {
  await getFollowUp(id, actor)
  return history(Prisma.sql`e.entity = 'FollowUp' AND e."entityId" = ${id}`, query)
}

const TIME_ZONE = 'Europe/Stockholm'
const stockholmParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** How far Swedish time is ahead of UTC at `instant`, in milliseconds (1 or 2 hours). */
function stockholmOffset(instant: number): number {
  const part = Object.fromEntries(stockholmParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
  const local = Date.UTC(+part.year, +part.month - 1, +part.day, +part.hour, +part.minute, +part.second)
  return local - Math.floor(instant / 1000) * 1000
}

/** Today's date in Sweden, `2024-05-01`. */
export const stockholmDate = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE })

/**
 * The last millisecond of a day in Swedish time (CET/CEST): the next midnight there, less 1 ms. Midnight is never
 * skipped or repeated in Sweden (clocks change at 02:00 and 03:00), so it is always one well-defined instant.
 */
export function endOfStockholmDay(date: string): Date {
  const nextMidnight = Date.parse(`${date}T00:00:00Z`) + 86_400_000
  const guess = nextMidnight - stockholmOffset(nextMidnight)
  return new Date(nextMidnight - stockholmOffset(guess) - 1)
}

/**
 * The moment to show: the asked time, or the end of the asked day (now, for today). A moment in the future is
 * refused (422): a plan can only be shown as it has been.
 */
export function momentOf(query: AsOfQuery, now = new Date()): Date {
  if (query.at !== undefined) {
    const at = new Date(query.at)
    if (at > now) throw ruleBroken('Tidpunkten ligger i framtiden: planen kan bara visas som den har sett ut hittills.', 'at')
    return at
  }
  const date = query.date!
  if (date > stockholmDate(now))
    throw ruleBroken(`${date} ligger i framtiden: planen kan bara visas som den såg ut fram till i dag.`, 'date')
  const end = endOfStockholmDay(date)
  return end < now ? end : now
}

interface ImageEvent {
  entity: EventRow['entity']
  entityId: number
  action: EventRow['action']
  before: Image | null
  after: Image | null
}

/**
 * Replays a plan's events in the order they were written: each row is the image of its last event (none once
 * deleted); a link is there if its last event inserted it.
 */
function replay(events: ImageEvent[]) {
  let plan: Image | null = null
  const actions = new Map<number, Image | null>()
  const links = { PlanActionMeasure: new Map<number, Set<number>>(), PlanActionCoOwner: new Map<number, Set<number>>() }
  const linkKey = { PlanActionMeasure: 'measureId', PlanActionCoOwner: 'organisationId' } as const
  for (const e of events) {
    if (e.entity === 'ImplementationPlan') plan = e.after
    else if (e.entity === 'PlanAction') actions.set(e.entityId, e.after)
    else if (e.entity === 'PlanActionMeasure' || e.entity === 'PlanActionCoOwner') {
      const set = links[e.entity].get(e.entityId) ?? new Set<number>()
      if (e.before) set.delete(e.before[linkKey[e.entity]] as number)
      if (e.after) set.add(e.after[linkKey[e.entity]] as number)
      links[e.entity].set(e.entityId, set)
    }
  }
  const ids = (entity: keyof typeof links, actionId: number) => [...(links[entity].get(actionId) ?? [])].sort((a, b) => a - b)
  const current: PlanActionAsOf[] = [...actions.entries()]
    .filter((entry): entry is [number, Image] => entry[1] !== null && entry[1].archivedAt == null)
    .sort(([a], [b]) => a - b)
    .map(([id, image]) => presentActionAsOf(image, ids('PlanActionMeasure', id), ids('PlanActionCoOwner', id)))
  return { plan, actions: current }
}

/**
 * A plan as it stood at a moment (see momentOf), rebuilt from the audit trail: the plan's fields, and the actions
 * it had then that were not archived then, each with its measures and co-owners then. 404 for an unknown plan,
 * and for a moment before the plan existed.
 */
export async function planAsOf(id: number, query: AsOfQuery) {
  const moment = momentOf(query)
  const [plan, events] = await Promise.all([
    db().implementationPlan.findUnique({ where: { id }, select: { organisation: { select: { name: true } } } }),
    db().$queryRaw<ImageEvent[]>`
      SELECT e.entity, e."entityId", e.action, e.before, e.after FROM "AuditEvent" e
      WHERE (${planScope(id)}) AND e.at <= ${moment}
      ORDER BY e.id`,
  ])
  if (!plan) throw notFound(PLAN, id)
  const then = replay(events)
  if (!then.plan) {
    const when = query.date !== undefined ? `den dagen (${query.date})` : `vid den tidpunkten (${query.at})`
    throw new AppError(404, 'not-found', `Planen fanns inte ${when}.`)
  }
  return presentPlanAsOf(moment, plan.organisation.name, then.plan, then.actions)
}
