// Reads what the progress model needs for one period's strategy, in a constant number of statements whatever the
// strategy holds, in ONE REPEATABLE READ transaction (one pool connection, one consistent snapshot): the database's
// change counter, the period, the strategy's periods, goals, measures and organisations, its actions, their measure
// links and co-owners (flat statements filtered by a join: no `IN (…)` list that Prisma would split), the follow-ups
// the period's figures depend on, and the indicators. Besides the model's
// ProgressInput it keeps the rows' titles and names, so that every answer — an explanation included — is built
// from this one read.
import type { ActionStatus, FollowUpState, IndicatorDirection, OrganisationKind, PeriodStatus } from '@uppfoljning/contract'
import { db, Prisma, type Tx } from '../../db/prisma'
import { isoDate } from '../../http/present'
import { notFound, ruleBroken } from '../../errors'
import type { ActionInput, FollowUpInput, ProgressInput } from '../../progress'

export interface PeriodRow {
  id: number
  name: string
  startsOn: string
  endsOn: string
  status: PeriodStatus
}
export interface GoalRow {
  id: number
  parentId: number | null
  code: string
  title: string
}
export interface MeasureRow {
  id: number
  goalId: number
  code: string
  title: string
}
export interface OrganisationRow {
  id: number
  name: string
  shortName: string | null
  kind: OrganisationKind
  parentId: number | null
  archived: boolean
}
export interface ActionRow {
  id: number
  title: string
  planOrganisationId: number
  coOwnerIds: number[]
  measureIds: number[]
  status: ActionStatus
  plannedStart: string | null
}
export interface FollowUpRow {
  id: number
  actionId: number
  periodId: number
  state: FollowUpState
  status: ActionStatus
  progress: number
  submittedAt: string | null
}
export interface IndicatorRow {
  id: number
  goalId: number | null
  measureId: number | null
  name: string
  unit: string
  direction: IndicatorDirection
  baselineValue: number | null
  targetValue: number | null
}

/** One strategy's rows for one period: the model's input and the names to present its figures with. */
export interface ProgressWorld {
  strategy: { id: number; name: string }
  period: PeriodRow
  input: ProgressInput
  /** rows in display order (goals and measures by sortOrder, then code) */
  periods: PeriodRow[]
  goals: GoalRow[]
  measures: MeasureRow[]
  organisations: OrganisationRow[]
  actions: Map<number, ActionRow>
  followUps: Map<number, FollowUpRow>
  indicators: IndicatorRow[]
  /** which follow-ups were read (see LoadOptions) */
  followUpsOf: 'period' | 'history'
  /** the database's change counter when the rows were read (the highest AuditEvent id; '' for none) and whether
   * no write was under way then: only a settled read may be cached under its counter (progress.cache.ts) */
  readAt: { changes: string; settled: boolean }
}

export interface LoadOptions {
  /**
   * false (the default): only the follow-ups the figures of the period and of the previous period depend on —
   * every follow-up of the period (a draft names a missing one), the counted ones of the previous period, and
   * for an action without one, its latest counted follow-up before it (a final status carries forward). true:
   * every follow-up of every period, for figures of any period.
   */
  history?: boolean
}

/** A follow-up as read, before it becomes the model's input. */
interface FollowUpRead {
  id: number
  actionId: number
  periodId: number
  state: FollowUpState
  status: ActionStatus
  progress: number
  /** ISO timestamp, as the statement formats it (a Date from Prisma's own reads) */
  submittedAt: string | Date | null
}

const COUNTED = Prisma.sql`('submitted', 'approved')`

/** An action of the strategy as read. */
interface ActionRead {
  id: number
  title: string
  organisationId: number
  planArchived: boolean
  status: ActionStatus
  /** days since 1970-01-01 (a number: no date parsing, whatever the server's DateStyle) */
  plannedStart: number | null
  archived: boolean
}

const DAY_MS = 86_400_000

/**
 * Every action of the strategy's plans with its plan's organisation and state, then its measure links and co-owners:
 * three flat statements filtered by a join (no `IN (…)` list of actions that Prisma would split, no aggregation).
 */
async function strategyActions(tx: Tx, strategyId: number) {
  const actions = await tx.$queryRaw<ActionRead[]>`
    SELECT a.id, a.title, pl."organisationId", (pl.status = 'archived' OR pl."archivedAt" IS NOT NULL) AS "planArchived",
      a.status::text AS status, a."plannedStart" - DATE '1970-01-01' AS "plannedStart", a."archivedAt" IS NOT NULL AS archived
    FROM "PlanAction" a JOIN "ImplementationPlan" pl ON pl.id = a."planId"
    WHERE pl."strategyId" = ${strategyId}
    ORDER BY a.id`
  const measureLinks = await tx.$queryRaw<{ actionId: number; measureId: number }[]>`
    SELECT l."actionId", l."measureId"
    FROM "PlanActionMeasure" l JOIN "PlanAction" a ON a.id = l."actionId" JOIN "ImplementationPlan" pl ON pl.id = a."planId"
    WHERE pl."strategyId" = ${strategyId}`
  const coOwnerLinks = await tx.$queryRaw<{ actionId: number; organisationId: number }[]>`
    SELECT c."actionId", c."organisationId"
    FROM "PlanActionCoOwner" c JOIN "PlanAction" a ON a.id = c."actionId" JOIN "ImplementationPlan" pl ON pl.id = a."planId"
    WHERE pl."strategyId" = ${strategyId}
    ORDER BY c."actionId", c."organisationId"`
  const measureIdsOf = new Map<number, number[]>()
  for (const { actionId, measureId } of measureLinks) (measureIdsOf.get(actionId) ?? measureIdsOf.set(actionId, []).get(actionId)!).push(measureId)
  const coOwnerIdsOf = new Map<number, number[]>()
  for (const { actionId, organisationId } of coOwnerLinks) (coOwnerIdsOf.get(actionId) ?? coOwnerIdsOf.set(actionId, []).get(actionId)!).push(organisationId)
  const none: number[] = []
  // one object per action for both the rows and the model's input
  return actions.map(
    (a): ActionRow & ActionInput => ({
      id: a.id,
      title: a.title,
      planOrganisationId: a.organisationId,
      coOwnerIds: coOwnerIdsOf.get(a.id) ?? none,
      measureIds: measureIdsOf.get(a.id) ?? none,
      status: a.status,
      plannedStart: a.plannedStart === null ? null : new Date(Number(a.plannedStart) * DAY_MS).toISOString().slice(0, 10),
      planArchived: a.planArchived,
      archived: a.archived,
    }),
  )
}

// submittedAt formatted as Date.toISOString() does (the column holds UTC): no Date per row in the app
const FOLLOW_UP_COLUMNS = Prisma.sql`f.id, f."actionId", f."periodId", f.state::text AS state, f.status::text AS status, f.progress,
  to_char(f."submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"`

/**
 * The follow-ups the figures of `periodId` and of `previousId` depend on (LoadOptions), in two statements: every
 * follow-up of the period and the counted ones of the previous period (read from the covering index alone), then,
 * for the actions without a counted follow-up in the previous period, their latest counted follow-up in one of
 * `earlierIds` (the periods before it, oldest first): the model carries it forward when it reported a final status.
 */
async function periodFollowUps(tx: Tx, actionIds: number[], periodId: number, previousId: number | null, earlierIds: number[]): Promise<FollowUpRead[]> {
  const current = await tx.$queryRaw<FollowUpRead[]>`
    SELECT ${FOLLOW_UP_COLUMNS} FROM "FollowUp" f WHERE f."periodId" = ${periodId} AND f."archivedAt" IS NULL
    UNION ALL
    SELECT ${FOLLOW_UP_COLUMNS} FROM "FollowUp" f WHERE f."periodId" = ${previousId ?? 0} AND f.state IN ${COUNTED} AND f."archivedAt" IS NULL`
  const covered = new Set(current.flatMap((f) => (f.periodId === previousId ? [f.actionId] : [])))
  const uncovered = actionIds.filter((id) => !covered.has(id))
  const carried = await tx.$queryRaw<FollowUpRead[]>`
    SELECT DISTINCT ON (f."actionId") ${FOLLOW_UP_COLUMNS}
    FROM "FollowUp" f JOIN unnest(${earlierIds}::int[]) WITH ORDINALITY AS e(id, n) ON e.id = f."periodId"
    WHERE f."actionId" = ANY(${uncovered}::int[]) AND f.state IN ${COUNTED} AND f."archivedAt" IS NULL
    ORDER BY f."actionId", e.n DESC`
  return current.concat(carried)
}

const presentPeriod = (p: { id: number; name: string; startsOn: Date; endsOn: Date; status: PeriodStatus }): PeriodRow => ({
  id: p.id,
  name: p.name,
  startsOn: isoDate(p.startsOn),
  endsOn: isoDate(p.endsOn),
  status: p.status,
})

const periodSelect = { id: true, name: true, startsOn: true, endsOn: true, status: true } as const

/**
 * The period's strategy as the progress model sees it: its non-archived periods, goals, measures (of
 * non-archived goals) and indicators with their values; every organisation (archived ones flagged); every action
 * of the strategy's plans with its links and owners, and the follow-ups `options` asks for (not archived: the
 * model leaves archived ones out). 404 for an unknown period, 422 for an archived one.
 */
export function loadProgressWorld(periodId: number, options: LoadOptions = {}): Promise<ProgressWorld> {
  return db().$transaction((tx) => readWorld(tx, periodId, options), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    maxWait: 10_000,
    timeout: 120_000,
  })
}

async function readWorld(tx: Tx, periodId: number, options: LoadOptions): Promise<ProgressWorld> {
  // the first statement takes the snapshot every later one reads from. Settled: no transaction that may write to
  // this database was running when it was taken (the snapshot's running transactions, less those that still run
  // in another database; one that ended meanwhile counts as running: the check errs on the safe side)
  const [readAt] = await tx.$queryRaw<{ changes: string; settled: boolean }[]>`
    SELECT (SELECT coalesce(max(id)::text, '') FROM "AuditEvent") AS changes,
      NOT EXISTS (
        SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot()) AS running(x)
        WHERE xid(running.x) NOT IN (SELECT backend_xid FROM pg_stat_activity WHERE datname <> current_database() AND backend_xid IS NOT NULL)
      ) AS settled`
  const found = await tx.reportingPeriod.findUnique({ where: { id: periodId }, select: { ...periodSelect, archivedAt: true, strategy: { select: { id: true, name: true } } } })
  if (!found) throw notFound('Perioden', periodId)
  if (found.archivedAt) throw ruleBroken(`Perioden ${found.name} är arkiverad och har inga resultat.`, 'periodId')
  const strategyId = found.strategy.id
  const liveGoal: Prisma.GoalWhereInput = { strategyId, archivedAt: null }
  const liveMeasure: Prisma.MeasureWhereInput = { archivedAt: null, goal: liveGoal }
  const liveIndicator: Prisma.IndicatorWhereInput = { archivedAt: null, OR: [{ goal: liveGoal }, { measure: liveMeasure }] }
  const ofStrategy: Prisma.PlanActionWhereInput = { plan: { strategyId } }

  const periods = await tx.reportingPeriod.findMany({ where: { strategyId, archivedAt: null }, select: periodSelect, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] })
  const goals = await tx.goal.findMany({ where: liveGoal, select: { id: true, parentId: true, code: true, title: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }, { id: 'asc' }] })
  const measures = await tx.measure.findMany({
    where: liveMeasure,
    select: { id: true, goalId: true, code: true, title: true, weight: true, expectedKinds: true, activeFromYear: true, activeToYear: true, expectedOrganisations: { select: { organisationId: true } } },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }, { id: 'asc' }],
  })
  const organisations = await tx.organisation.findMany({ select: { id: true, name: true, shortName: true, kind: true, parentId: true, archivedAt: true }, orderBy: { id: 'asc' } })
  const actions = await strategyActions(tx, strategyId)
  // the periods in the model's order (start date, then id): the follow-ups of the period and the one before it
  const position = periods.findIndex((p) => p.id === periodId)
  const previousId = position > 0 ? periods[position - 1].id : null
  const history = options.history === true
  const followUps: FollowUpRead[] = history
    ? await tx.followUp.findMany({
        where: { action: ofStrategy, archivedAt: null },
        select: { id: true, actionId: true, periodId: true, state: true, status: true, progress: true, submittedAt: true },
        orderBy: { id: 'asc' },
      })
    : await periodFollowUps(tx, actions.map((a) => a.id), periodId, previousId, periods.slice(0, Math.max(0, position - 1)).map((p) => p.id))
  const indicators = await tx.indicator.findMany({
    where: liveIndicator,
    select: {
      id: true, goalId: true, measureId: true, name: true, unit: true, direction: true, baselineValue: true, targetValue: true,
      values: { select: { id: true, periodId: true, organisationId: true, value: true, suppressed: true, archivedAt: true } },
    },
    orderBy: { id: 'asc' },
  })

  // one object per follow-up for both the rows and the model's input; object literals, not spreads: these run once
  // per follow-up (a spread is many times slower)
  const followUpRows: (FollowUpRow & FollowUpInput)[] = followUps.map((f) => ({
    id: f.id,
    actionId: f.actionId,
    periodId: f.periodId,
    state: f.state,
    status: f.status,
    progress: f.progress,
    submittedAt: f.submittedAt instanceof Date ? f.submittedAt.toISOString() : f.submittedAt,
    archived: false,
  }))
  const periodRows = periods.map(presentPeriod)
  return {
    strategy: found.strategy,
    period: presentPeriod(found),
    periods: periodRows,
    goals,
    measures: measures.map(({ id, goalId, code, title }) => ({ id, goalId, code, title })),
    organisations: organisations.map(({ archivedAt, ...o }) => ({ ...o, archived: archivedAt !== null })),
    actions: new Map(actions.map((a) => [a.id, a])),
    followUps: new Map(followUpRows.map((f) => [f.id, f])),
    indicators: indicators.map(({ values: _, ...i }) => i),
    followUpsOf: history ? 'history' : 'period',
    readAt,
    input: {
      goals: goals.map(({ id, parentId }) => ({ id, parentId })),
      measures: measures.map((m) => ({
        id: m.id,
        goalId: m.goalId,
        expectedKinds: m.expectedKinds,
        expectedOrganisationIds: m.expectedOrganisations.map((e) => e.organisationId),
        activeFromYear: m.activeFromYear,
        activeToYear: m.activeToYear,
        weight: m.weight,
      })),
      organisations: organisations.map((o) => ({ id: o.id, kind: o.kind, parentId: o.parentId, archived: o.archivedAt !== null })),
      actions,
      followUps: followUpRows,
      periods: periodRows.map(({ id, startsOn, endsOn }) => ({ id, startsOn, endsOn })),
      indicators: indicators.map(({ id, goalId, measureId, direction, baselineValue, targetValue }) => ({ id, goalId, measureId, direction, baselineValue, targetValue })),
      indicatorValues: indicators.flatMap((i) => i.values.map(({ archivedAt, ...v }) => ({ ...v, indicatorId: i.id, archived: archivedAt !== null }))),
    },
  }
}
