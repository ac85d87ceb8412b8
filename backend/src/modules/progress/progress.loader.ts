// Reads what the progress model needs for one period's strategy, in a constant number of statements whatever the
// strategy holds (three; two with `history`), in ONE REPEATABLE READ transaction (one pool connection, one
// consistent snapshot): first the database's change counter, the period, the strategy's periods, goals, measures,
// indicators and organisations, its actions, their measure links and co-owners; then the follow-ups the period's
// figures depend on; then those carried forward. Each list comes as one text value (JSON) rather than as rows: Prisma
// and the driver spend more time per row and value than PostgreSQL does (docs/benchmarks.md). Besides the model's
// ProgressInput it keeps the rows' titles and names, so that every answer — an explanation included — is built
// from this one read.
import type { ActionStatus, FollowUpState, IndicatorDirection, OrganisationKind, PeriodStatus } from '@uppfoljning/contract'
import { CHANGES_COLUMNS, type Changes } from '../../db/changes'
import { db, Prisma, type Tx } from '../../db/prisma'
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
   * no write was under way then: only a settled read may be kept under its counter (db/changes.ts) */
  readAt: Changes
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

/** A period as read: [id, name, startsOn, endsOn, status]. */
type PeriodRead = [number, string, string, string, PeriodStatus]
/** A measure as read: [id, goalId, code, title, weight, expectedKinds, activeFromYear, activeToYear, expected organisationIds]. */
type MeasureRead = [number, number, string, string, number, OrganisationKind[], number | null, number | null, number[]]
/** An indicator value as read: [id, periodId, organisationId, value, suppressed, archived]. */
type ValueRead = [number, number, number | null, number | null, boolean, boolean]
/** An indicator as read: [id, goalId, measureId, name, unit, direction, baselineValue, targetValue, values]. */
type IndicatorRead = [number, number | null, number | null, string, string, IndicatorDirection, number | null, number | null, ValueRead[]]

/**
 * What the first statement returns, one text value per list: the small lists as JSON arrays of arrays, the large
 * ones (actions, links, co-owners; the follow-ups in the next statements) as one flat JSON array of their values,
 * row after row, built by string concatenation (cheaper for PostgreSQL than its JSON functions) and read with one
 * JSON.parse. A list that is empty is null. `serial` is the set_config() that keeps every statement of the
 * transaction from a parallel plan: with one, an aggregate sees the rows in any order (the lists that have no
 * ORDER BY keep the order the rows are read in, as Prisma's reads did).
 */
interface WorldRead {
  changes: string
  settled: boolean
  serial: string
  /** [id, name, startsOn, endsOn, status, archived, strategyId, strategyName]; null for an unknown period */
  period: string | null
  periods: string | null
  goals: string | null
  measures: string | null
  organisations: string | null
  indicators: string | null
  /** [id, plan's organisationId, plan archived (0/1), status, plannedStart, archived (0/1), …] by id */
  actions: string | null
  /** the titles, in the same order */
  titles: string | null
  /** [actionId, measureId, …] */
  links: string | null
  /** [actionId, organisationId, …] by action, then organisation */
  coOwners: string | null
}

const COUNTED = Prisma.sql`('submitted', 'approved')`
const listOf = <T>(json: string | null): T[] => (json === null ? [] : (JSON.parse(json) as T[]))
/** A flat JSON array of `values` (text expressions, JSON already) per row: one string_agg, one JSON.parse. */
const flat = (values: Prisma.Sql[], order?: Prisma.Sql) =>
  Prisma.sql`'[' || string_agg(${Prisma.join(values, ` || ',' || `)}, ',' ${order ?? Prisma.empty}) || ']'`
/**
 * An enum value, a date or a timestamp as a JSON string (none holds a quote or a backslash), or null. Dates and
 * timestamps as PostgreSQL prints them in the ISO DateStyle, which Prisma's driver adapter relies on for every date it
 * reads too.
 */
const quoted = (value: Prisma.Sql) => Prisma.sql`coalesce('"' || ${value}::text || '"', 'null')`
const bit = (condition: Prisma.Sql) => Prisma.sql`(CASE WHEN ${condition} THEN '1' ELSE '0' END)`

/**
 * A follow-up's values: id, actionId, periodId, state, status, progress, submittedAt. submittedAt as `2025-06-30
 * 12:00:00`, with up to three decimals (the column holds milliseconds), made what Date.toISOString() gives (the
 * column holds UTC) without a Date per row.
 */
const FOLLOW_UP = [
  Prisma.sql`f.id::text`,
  Prisma.sql`f."actionId"::text`,
  Prisma.sql`f."periodId"::text`,
  quoted(Prisma.sql`f.state`),
  quoted(Prisma.sql`f.status`),
  Prisma.sql`f.progress::text`,
  quoted(Prisma.sql`f."submittedAt"`),
]
const isoTimestamp = (text: string): string => `${text.slice(0, 10)}T${text.slice(11, 19)}.${text.slice(20).padEnd(3, '0')}Z`

/** One object per follow-up for both the rows and the model's input (object literals, not spreads: many times faster). */
function followUpsOf(json: string | null): (FollowUpRow & FollowUpInput)[] {
  const values = listOf<number | string | null>(json)
  const rows: (FollowUpRow & FollowUpInput)[] = new Array(values.length / 7)
  for (let i = 0, r = 0; i < values.length; i += 7, r++) {
    const submittedAt = values[i + 6] as string | null
    rows[r] = {
      id: values[i] as number,
      actionId: values[i + 1] as number,
      periodId: values[i + 2] as number,
      state: values[i + 3] as FollowUpState,
      status: values[i + 4] as ActionStatus,
      progress: values[i + 5] as number,
      submittedAt: submittedAt === null ? null : isoTimestamp(submittedAt),
      archived: false,
    }
  }
  return rows
}

/**
 * Everything but the follow-ups, in one statement (the first: it takes the snapshot every later one reads from):
 * the change counter and whether the read is settled (db/changes.ts); the period and its strategy; the
 * strategy's non-archived periods, goals, measures (of non-archived goals) with the organisations expected on them
 * and indicators with their values (both in the order stored, as Prisma's relation reads gave them); every
 * organisation; every action of the strategy's plans, its measure links (in the order stored) and co-owners (flat
 * lists filtered by a join: no `IN (…)` list). Dates as JSON prints them (ISO, whatever the DateStyle).
 */
const worldStatement = (periodId: number) => Prisma.sql`
  WITH live_goal AS (
    SELECT g.* FROM "Goal" g
    WHERE g."strategyId" = (SELECT "strategyId" FROM "ReportingPeriod" WHERE id = ${periodId}) AND g."archivedAt" IS NULL),
  live_measure AS (SELECT m.* FROM "Measure" m WHERE m."archivedAt" IS NULL AND m."goalId" IN (SELECT id FROM live_goal)),
  action AS (
    SELECT a.id, a.title, a.status, a."plannedStart", a."archivedAt", pl."organisationId", pl.status AS "planStatus", pl."archivedAt" AS "planArchivedAt"
    FROM "PlanAction" a JOIN "ImplementationPlan" pl ON pl.id = a."planId"
    WHERE pl."strategyId" = (SELECT "strategyId" FROM "ReportingPeriod" WHERE id = ${periodId}))
  SELECT
    ${Prisma.raw(CHANGES_COLUMNS)},
    set_config('max_parallel_workers_per_gather', '0', true) AS serial,
    (SELECT json_build_array(p.id, p.name, p."startsOn", p."endsOn", p.status, p."archivedAt" IS NOT NULL, s.id, s.name)
      FROM "ReportingPeriod" p JOIN "Strategy" s ON s.id = p."strategyId" WHERE p.id = ${periodId})::text AS period,
    (SELECT json_agg(json_build_array(p.id, p.name, p."startsOn", p."endsOn", p.status) ORDER BY p."startsOn", p.id)
      FROM "ReportingPeriod" p
      WHERE p."strategyId" = (SELECT "strategyId" FROM "ReportingPeriod" WHERE id = ${periodId}) AND p."archivedAt" IS NULL)::text AS periods,
    (SELECT json_agg(json_build_array(g.id, g."parentId", g.code, g.title) ORDER BY g."sortOrder", g.code, g.id) FROM live_goal g)::text AS goals,
    (SELECT json_agg(json_build_array(m.id, m."goalId", m.code, m.title, m.weight, m."expectedKinds", m."activeFromYear", m."activeToYear",
        (SELECT coalesce(json_agg(e."organisationId"), '[]') FROM "MeasureExpectedOrganisation" e WHERE e."measureId" = m.id))
        ORDER BY m."sortOrder", m.code, m.id)
      FROM live_measure m)::text AS measures,
    (SELECT json_agg(json_build_array(o.id, o.name, o."shortName", o.kind, o."parentId", o."archivedAt" IS NOT NULL) ORDER BY o.id) FROM "Organisation" o)::text AS organisations,
    (SELECT json_agg(json_build_array(i.id, i."goalId", i."measureId", i.name, i.unit, i.direction, i."baselineValue", i."targetValue",
        (SELECT coalesce(json_agg(json_build_array(v.id, v."periodId", v."organisationId", v.value, v.suppressed, v."archivedAt" IS NOT NULL)), '[]')
          FROM "IndicatorValue" v WHERE v."indicatorId" = i.id))
        ORDER BY i.id)
      FROM "Indicator" i
      WHERE i."archivedAt" IS NULL AND (i."goalId" IN (SELECT id FROM live_goal) OR i."measureId" IN (SELECT id FROM live_measure)))::text AS indicators,
    (SELECT ${flat(
      [
        Prisma.sql`a.id::text`,
        Prisma.sql`a."organisationId"::text`,
        bit(Prisma.sql`a."planStatus" = 'archived' OR a."planArchivedAt" IS NOT NULL`),
        quoted(Prisma.sql`a.status`),
        quoted(Prisma.sql`a."plannedStart"`),
        bit(Prisma.sql`a."archivedAt" IS NOT NULL`),
      ],
      Prisma.sql`ORDER BY a.id`,
    )} FROM action a) AS actions,
    (SELECT json_agg(a.title ORDER BY a.id) FROM action a)::text AS titles,
    (SELECT ${flat([Prisma.sql`l."actionId"::text`, Prisma.sql`l."measureId"::text`])} FROM "PlanActionMeasure" l JOIN action a ON a.id = l."actionId") AS links,
    (SELECT ${flat([Prisma.sql`c."actionId"::text`, Prisma.sql`c."organisationId"::text`], Prisma.sql`ORDER BY c."actionId", c."organisationId"`)}
      FROM "PlanActionCoOwner" c JOIN action a ON a.id = c."actionId") AS "coOwners"`

/**
 * The follow-ups the period's figures depend on (LoadOptions), as a flat JSON array: with `history`, every
 * follow-up of the strategy's actions by id; otherwise every follow-up of the period and the counted ones of the
 * previous period (`previousId`; read from the covering index alone). Those carried forward are read next.
 */
const followUpStatement = (strategyId: number, periodId: number, previousId: number | null, history: boolean) =>
  history
    ? Prisma.sql`SELECT ${flat(FOLLOW_UP, Prisma.sql`ORDER BY f.id`)} AS "followUps"
        FROM "FollowUp" f JOIN "PlanAction" a ON a.id = f."actionId" JOIN "ImplementationPlan" pl ON pl.id = a."planId"
        WHERE pl."strategyId" = ${strategyId} AND f."archivedAt" IS NULL`
    : Prisma.sql`SELECT ${flat(FOLLOW_UP)} AS "followUps" FROM (
        SELECT f.* FROM "FollowUp" f WHERE f."periodId" = ${periodId} AND f."archivedAt" IS NULL
        UNION ALL
        SELECT f.* FROM "FollowUp" f WHERE f."periodId" = ${previousId ?? 0} AND f.state IN ${COUNTED} AND f."archivedAt" IS NULL) f`

/**
 * For the actions without a counted follow-up in the previous period (`covered`: those with one), their latest
 * counted follow-up in one of `earlierIds` (the periods before it, oldest first): the model carries it forward when
 * it reported a final status. Always one statement (none to read: an empty list).
 */
async function carriedFollowUps(tx: Tx, actionIds: number[], covered: Set<number>, earlierIds: number[]) {
  const uncovered = actionIds.filter((id) => !covered.has(id))
  const [{ carried }] = await tx.$queryRaw<{ carried: string | null }[]>`
    SELECT ${flat(FOLLOW_UP)} AS carried FROM (
      SELECT DISTINCT ON (f."actionId") f.*
      FROM "FollowUp" f JOIN unnest(${earlierIds}::int[]) WITH ORDINALITY AS e(id, n) ON e.id = f."periodId"
      WHERE f."actionId" = ANY(${uncovered}::int[]) AND f.state IN ${COUNTED} AND f."archivedAt" IS NULL
      ORDER BY f."actionId", e.n DESC) f`
  return followUpsOf(carried)
}

/** Pairs [a, b, a, b, …] as lists of b per a, in their order. */
function groupPairs(json: string | null): Map<number, number[]> {
  const values = listOf<number>(json)
  const groups = new Map<number, number[]>()
  for (let i = 0; i < values.length; i += 2) {
    const list = groups.get(values[i])
    if (list) list.push(values[i + 1])
    else groups.set(values[i], [values[i + 1]])
  }
  return groups
}

const presentPeriod = ([id, name, startsOn, endsOn, status]: PeriodRead): PeriodRow => ({ id, name, startsOn, endsOn, status })

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
  const history = options.history === true
  const [read] = await tx.$queryRaw<WorldRead[]>(worldStatement(periodId))
  if (read.period === null) throw notFound('Perioden', periodId)
  const [id, name, startsOn, endsOn, status, archived, strategyId, strategyName] = JSON.parse(read.period) as [...PeriodRead, boolean, number, string]
  if (archived) throw ruleBroken(`Perioden ${name} är arkiverad och har inga resultat.`, 'periodId')
  const periods = listOf<PeriodRead>(read.periods).map(presentPeriod)
  // the periods in the model's order (start date, then id): the one before the period, and those before that
  const position = periods.findIndex((p) => p.id === periodId)
  const previousId = position > 0 ? periods[position - 1].id : null
  const goals = listOf<[number, number | null, string, string]>(read.goals).map(([id, parentId, code, title]): GoalRow => ({ id, parentId, code, title }))
  const measures = listOf<MeasureRead>(read.measures)
  const organisations = listOf<[number, string, string | null, OrganisationKind, number | null, boolean]>(read.organisations).map(
    ([id, name, shortName, kind, parentId, archived]): OrganisationRow => ({ id, name, shortName, kind, parentId, archived }),
  )
  const indicators = listOf<IndicatorRead>(read.indicators)
  const titles = listOf<string>(read.titles)
  const measureIdsOf = groupPairs(read.links)
  const coOwnerIdsOf = groupPairs(read.coOwners)
  const none: number[] = []
  // one object per action for both the rows and the model's input
  const values = listOf<number | string | null>(read.actions)
  const actions: (ActionRow & ActionInput)[] = new Array(titles.length)
  for (let i = 0, r = 0; i < values.length; i += 6, r++) {
    const id = values[i] as number
    actions[r] = {
      id,
      title: titles[r],
      planOrganisationId: values[i + 1] as number,
      coOwnerIds: coOwnerIdsOf.get(id) ?? none,
      measureIds: measureIdsOf.get(id) ?? none,
      status: values[i + 3] as ActionStatus,
      plannedStart: values[i + 4] as string | null,
      planArchived: values[i + 2] === 1,
      archived: values[i + 5] === 1,
    }
  }
  const [{ followUps }] = await tx.$queryRaw<{ followUps: string | null }[]>(followUpStatement(strategyId, periodId, previousId, history))
  let followUpRows = followUpsOf(followUps)
  if (!history) {
    const covered = new Set<number>()
    for (const f of followUpRows) if (f.periodId === previousId) covered.add(f.actionId)
    const earlierIds = periods.slice(0, Math.max(0, position - 1)).map((p) => p.id)
    followUpRows = followUpRows.concat(await carriedFollowUps(tx, actions.map((a) => a.id), covered, earlierIds))
  }
  return {
    strategy: { id: strategyId, name: strategyName },
    period: { id, name, startsOn, endsOn, status },
    periods,
    goals,
    measures: measures.map(([id, goalId, code, title]): MeasureRow => ({ id, goalId, code, title })),
    organisations,
    actions: new Map(actions.map((a) => [a.id, a])),
    followUps: new Map(followUpRows.map((f) => [f.id, f])),
    indicators: indicators.map(([id, goalId, measureId, name, unit, direction, baselineValue, targetValue]): IndicatorRow => ({
      id, goalId, measureId, name, unit, direction, baselineValue, targetValue,
    })),
    followUpsOf: history ? 'history' : 'period',
    readAt: { changes: read.changes, settled: read.settled },
    input: {
      goals: goals.map(({ id, parentId }) => ({ id, parentId })),
      measures: measures.map(([id, goalId, , , weight, expectedKinds, activeFromYear, activeToYear, expectedOrganisationIds]) => ({
        id,
        goalId,
        expectedKinds,
        expectedOrganisationIds,
        activeFromYear,
        activeToYear,
        weight,
      })),
      organisations: organisations.map(({ id, kind, parentId, archived }) => ({ id, kind, parentId, archived })),
      actions,
      followUps: followUpRows,
      periods: periods.map(({ id, startsOn, endsOn }) => ({ id, startsOn, endsOn })),
      indicators: indicators.map(([id, goalId, measureId, , , direction, baselineValue, targetValue]) => ({ id, goalId, measureId, direction, baselineValue, targetValue })),
      indicatorValues: indicators.flatMap(([indicatorId, , , , , , , , values]) =>
        values.map(([id, periodId, organisationId, value, suppressed, archived]) => ({ id, periodId, organisationId, value, suppressed, indicatorId, archived })),
      ),
    },
  }
}
