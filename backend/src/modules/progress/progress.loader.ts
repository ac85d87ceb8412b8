// Reads what the progress model needs for one period's strategy, in a constant number of statements whatever the
// strategy holds (three; two with `history`), in ONE REPEATABLE READ transaction (one pool connection, one
// consistent snapshot): first the database's change counter, the period, the strategy's periods, goals, measures,
// indicators and organisations, its actions, their measure links and co-owners; then the follow-ups the period's
// figures depend on; then those carried forward. Each list comes as one text value rather than as rows: Prisma
// and the driver spend more time per row and value than PostgreSQL does (docs/benchmarks.md); the large lists (actions,
// links, co-owners, follow-ups) one text value per column, which costs PostgreSQL and the app the least. Besides the model's
// ProgressInput it keeps the rows' titles and names, so that every answer — an explanation included — is built
// from this one read.
import {
  actionStatuses,
  followUpStates,
  type ActionStatus,
  type FollowUpState,
  type IndicatorDirection,
  type OrganisationKind,
  type PeriodStatus,
} from '@uppfoljning/contract'
import { CHANGES_COLUMNS, type Changes } from '../../db/changes'
import { db, Prisma, type Tx } from '../../db/prisma'
import { notFound, ruleBroken } from '../../errors'
import type { ActionInput, FollowUpInput, ProgressInput } from '../../progress-model'

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
 * What the first statement returns: the small lists as JSON arrays of arrays, one text value each; the large ones
 * (actions, links, co-owners; the follow-ups in the next statements) one text value per column (Columns). A list
 * that is empty is null. `serial` is the set_config() that keeps every statement of the transaction from a parallel
 * plan: with one, an aggregate sees the rows in any order (the lists that have no ORDER BY keep the order the rows are
 * read in, as Prisma's reads did).
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
  /** the actions by id (ACTION) */
  actionIds: string | null
  actionOrganisationIds: string | null
  actionPlanArchived: string | null
  actionStatuses: string | null
  actionPlannedStarts: string | null
  actionArchived: string | null
  /** the titles, in the same order, as a JSON array */
  titles: string | null
  /** the measure links in the order stored: two columns of ids */
  linkActionIds: string | null
  linkMeasureIds: string | null
  /** the co-owners by action, then organisation */
  coOwnerActionIds: string | null
  coOwnerIds: string | null
}

/** The follow-ups read (FOLLOW_UP), one text value per column. */
interface FollowUpsRead {
  ids: string | null
  actionIds: string | null
  periodIds: string | null
  states: string | null
  statuses: string | null
  progress: string | null
  submittedAt: string | null
}

const COUNTED = Prisma.sql`('submitted', 'approved')`
const listOf = <T>(json: string | null): T[] => (json === null ? [] : (JSON.parse(json) as T[]))

/*
 * A large list is read column by column: each column one string_agg (named `as`), in the rows' order (`order`, the
 * same for every column of a list: PostgreSQL sorts the rows once). Much cheaper, for PostgreSQL and for the app, than
 * a JSON value per row. Numbers are comma-separated (one JSON.parse), dates and timestamps comma-separated as
 * PostgreSQL prints them in the ISO DateStyle (which Prisma's driver adapter relies on for every date it reads too),
 * an enum value or a flag one digit per row (CODE, BIT): no text per row is built on either side.
 */
type Column = [value: Prisma.Sql, separator: string, as: string]
const columns = (list: Column[], order?: Prisma.Sql) =>
  Prisma.join(
    list.map(
      ([value, separator, as]) =>
        Prisma.sql`string_agg(${value}, ${Prisma.raw(`'${separator}'`)} ${order ?? Prisma.empty}) AS ${Prisma.raw(`"${as}"`)}`,
    ),
    ', ',
  )
const number = (value: Prisma.Sql, as: string): Column => [Prisma.sql`${value}::text`, ',', as]
/** A date or timestamp, '' for null. */
const date = (value: Prisma.Sql, as: string): Column => [Prisma.sql`coalesce(${value}::text, '')`, ',', as]
/** An enum value as its position in `values` (the contract's list, which the database's enum matches: db/enums.test.ts). */
const code = (value: Prisma.Sql, values: readonly string[], as: string): Column => [
  Prisma.sql`(CASE ${value} ${Prisma.raw(values.map((v, i) => `WHEN '${v}' THEN '${i}'`).join(' '))} ELSE '?' END)`,
  '',
  as,
]
const bit = (condition: Prisma.Sql, as: string): Column => [Prisma.sql`(CASE WHEN ${condition} THEN '1' ELSE '0' END)`, '', as]

const numbersOf = (text: string | null): number[] => (text === null ? [] : (JSON.parse(`[${text}]`) as number[]))
const textsOf = (text: string | null): string[] => (text === null ? [] : text.split(','))
/** The values of a CODE column. */
function codesOf<T extends string>(text: string | null, values: readonly T[]): T[] {
  if (text === null) return []
  const decoded: T[] = new Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const value = values[text.charCodeAt(i) - 48]
    if (value === undefined) throw new Error(`Unknown value in the database: ${values.join('/')} expected`)
    decoded[i] = value
  }
  return decoded
}
const isSet = (bits: string | null, i: number) => bits !== null && bits.charCodeAt(i) === 49

/**
 * A follow-up's columns: id, actionId, periodId, state, status, progress, submittedAt. submittedAt as `2025-06-30
 * 12:00:00`, with up to three decimals (the column holds milliseconds), made what Date.toISOString() gives (the
 * column holds UTC) without a Date per row.
 */
const FOLLOW_UP: Column[] = [
  number(Prisma.sql`f.id`, 'ids'),
  number(Prisma.sql`f."actionId"`, 'actionIds'),
  number(Prisma.sql`f."periodId"`, 'periodIds'),
  code(Prisma.sql`f.state`, followUpStates, 'states'),
  code(Prisma.sql`f.status`, actionStatuses, 'statuses'),
  number(Prisma.sql`f.progress`, 'progress'),
  date(Prisma.sql`f."submittedAt"`, 'submittedAt'),
]
const isoTimestamp = (text: string): string => `${text.slice(0, 10)}T${text.slice(11, 19)}.${text.slice(20).padEnd(3, '0')}Z`

/** One object per follow-up for both the rows and the model's input (object literals, not spreads: many times faster). */
function followUpsOf(read: FollowUpsRead): (FollowUpRow & FollowUpInput)[] {
  const ids = numbersOf(read.ids)
  const actionIds = numbersOf(read.actionIds)
  const periodIds = numbersOf(read.periodIds)
  const states = codesOf(read.states, followUpStates)
  const statuses = codesOf(read.statuses, actionStatuses)
  const progress = numbersOf(read.progress)
  const submittedAt = textsOf(read.submittedAt)
  const rows: (FollowUpRow & FollowUpInput)[] = new Array(ids.length)
  for (let r = 0; r < ids.length; r++) {
    rows[r] = {
      id: ids[r],
      actionId: actionIds[r],
      periodId: periodIds[r],
      state: states[r],
      status: statuses[r],
      progress: progress[r],
      submittedAt: submittedAt[r] === '' ? null : isoTimestamp(submittedAt[r]),
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
    SELECT a.id FROM "PlanAction" a JOIN "ImplementationPlan" pl ON pl.id = a."planId"
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
    actions.*, links.*, co.*
  FROM (
    SELECT ${columns(
      [
        number(Prisma.sql`a.id`, 'actionIds'),
        number(Prisma.sql`pl."organisationId"`, 'actionOrganisationIds'),
        bit(Prisma.sql`pl.status = 'archived' OR pl."archivedAt" IS NOT NULL`, 'actionPlanArchived'),
        code(Prisma.sql`a.status`, actionStatuses, 'actionStatuses'),
        date(Prisma.sql`a."plannedStart"`, 'actionPlannedStarts'),
        bit(Prisma.sql`a."archivedAt" IS NOT NULL`, 'actionArchived'),
      ],
      Prisma.sql`ORDER BY a.id`,
    )}, json_agg(a.title ORDER BY a.id)::text AS titles
    FROM "PlanAction" a JOIN "ImplementationPlan" pl ON pl.id = a."planId"
    WHERE pl."strategyId" = (SELECT "strategyId" FROM "ReportingPeriod" WHERE id = ${periodId})) actions,
  (
    SELECT ${columns([number(Prisma.sql`l."actionId"`, 'linkActionIds'), number(Prisma.sql`l."measureId"`, 'linkMeasureIds')])}
    FROM "PlanActionMeasure" l JOIN action a ON a.id = l."actionId") links,
  (
    SELECT ${columns([number(Prisma.sql`c."actionId"`, 'coOwnerActionIds'), number(Prisma.sql`c."organisationId"`, 'coOwnerIds')], Prisma.sql`ORDER BY c."actionId", c."organisationId"`)}
    FROM "PlanActionCoOwner" c JOIN action a ON a.id = c."actionId") co`

/**
 * The follow-ups the period's figures depend on (LoadOptions), column by column: with `history`, every
 * follow-up of the strategy's actions by id; otherwise every follow-up of the period and the counted ones of the
 * previous period (`previousId`; read from the covering index alone). Those carried forward are read next.
 */
const followUpStatement = (strategyId: number, periodId: number, previousId: number | null, history: boolean) =>
  history
    ? Prisma.sql`SELECT ${columns(FOLLOW_UP, Prisma.sql`ORDER BY f.id`)}
        FROM "FollowUp" f JOIN "PlanAction" a ON a.id = f."actionId" JOIN "ImplementationPlan" pl ON pl.id = a."planId"
        WHERE pl."strategyId" = ${strategyId} AND f."archivedAt" IS NULL`
    : Prisma.sql`SELECT ${columns(FOLLOW_UP)} FROM (
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
  const [carried] = await tx.$queryRaw<FollowUpsRead[]>`
    SELECT ${columns(FOLLOW_UP)} FROM (
      SELECT DISTINCT ON (f."actionId") f.*
      FROM "FollowUp" f JOIN unnest(${earlierIds}::int[]) WITH ORDINALITY AS e(id, n) ON e.id = f."periodId"
      WHERE f."actionId" = ANY(${uncovered}::int[]) AND f.state IN ${COUNTED} AND f."archivedAt" IS NULL
      ORDER BY f."actionId", e.n DESC) f`
  return followUpsOf(carried)
}

/** Pairs (keys[i], values[i]) as lists of values per key, in their order. */
function groupPairs(keyColumn: string | null, valueColumn: string | null): Map<number, number[]> {
  const keys = numbersOf(keyColumn)
  const values = numbersOf(valueColumn)
  const groups = new Map<number, number[]>()
  for (let i = 0; i < keys.length; i++) {
    const list = groups.get(keys[i])
    if (list) list.push(values[i])
    else groups.set(keys[i], [values[i]])
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

/** Starts the query now (Prisma's promises start when awaited); a failure surfaces where the result is awaited. */
function sentNow<T>(query: Promise<T>): Promise<T> {
  const started = query.then((rows) => rows)
  started.catch(() => {}) // not unhandled should the rows before it fail to parse: the transaction ends anyway
  return started
}

async function readWorld(tx: Tx, periodId: number, options: LoadOptions): Promise<ProgressWorld> {
  const history = options.history === true
  const [read] = await tx.$queryRaw<WorldRead[]>(worldStatement(periodId))
  if (read.period === null) throw notFound('Perioden', periodId)
  const [id, name, startsOn, endsOn, status, archived, strategyId, strategyName] = JSON.parse(read.period) as [
    ...PeriodRead,
    boolean,
    number,
    string,
  ]
  if (archived) throw ruleBroken(`Perioden ${name} är arkiverad och har inga resultat.`, 'periodId')
  const periods = listOf<PeriodRead>(read.periods).map(presentPeriod)
  // the periods in the model's order (start date, then id): the one before the period, and those before that
  const position = periods.findIndex((p) => p.id === periodId)
  const previousId = position > 0 ? periods[position - 1].id : null
  // the follow-ups are asked for now, so that PostgreSQL reads them (in this transaction's snapshot) while the rows
  // above are turned into objects; awaited below
  const readingFollowUps = sentNow(tx.$queryRaw<FollowUpsRead[]>(followUpStatement(strategyId, periodId, previousId, history)))
  await new Promise((resolve) => setImmediate(resolve))
  const goals = listOf<[number, number | null, string, string]>(read.goals).map(([id, parentId, code, title]): GoalRow => ({
    id,
    parentId,
    code,
    title,
  }))
  const measures = listOf<MeasureRead>(read.measures)
  const organisations = listOf<[number, string, string | null, OrganisationKind, number | null, boolean]>(read.organisations).map(
    ([id, name, shortName, kind, parentId, archived]): OrganisationRow => ({ id, name, shortName, kind, parentId, archived }),
  )
  const indicators = listOf<IndicatorRead>(read.indicators)
  const titles = listOf<string>(read.titles)
  const measureIdsOf = groupPairs(read.linkActionIds, read.linkMeasureIds)
  const coOwnerIdsOf = groupPairs(read.coOwnerActionIds, read.coOwnerIds)
  const none: number[] = []
  // one object per action for both the rows and the model's input
  const ids = numbersOf(read.actionIds)
  const organisationIds = numbersOf(read.actionOrganisationIds)
  const statuses = codesOf(read.actionStatuses, actionStatuses)
  const plannedStarts = textsOf(read.actionPlannedStarts)
  const actions: (ActionRow & ActionInput)[] = new Array(ids.length)
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r]
    actions[r] = {
      id,
      title: titles[r],
      planOrganisationId: organisationIds[r],
      coOwnerIds: coOwnerIdsOf.get(id) ?? none,
      measureIds: measureIdsOf.get(id) ?? none,
      status: statuses[r],
      plannedStart: plannedStarts[r] === '' ? null : plannedStarts[r],
      planArchived: isSet(read.actionPlanArchived, r),
      archived: isSet(read.actionArchived, r),
    }
  }
  const [followUps] = await readingFollowUps
  let followUpRows = followUpsOf(followUps)
  if (!history) {
    const covered = new Set<number>()
    for (const f of followUpRows) if (f.periodId === previousId) covered.add(f.actionId)
    const earlierIds = periods.slice(0, Math.max(0, position - 1)).map((p) => p.id)
    followUpRows = followUpRows.concat(
      await carriedFollowUps(
        tx,
        actions.map((a) => a.id),
        covered,
        earlierIds,
      ),
    )
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
      id,
      goalId,
      measureId,
      name,
      unit,
      direction,
      baselineValue,
      targetValue,
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
      indicators: indicators.map(([id, goalId, measureId, , , direction, baselineValue, targetValue]) => ({
        id,
        goalId,
        measureId,
        direction,
        baselineValue,
        targetValue,
      })),
      indicatorValues: indicators.flatMap(([indicatorId, , , , , , , , values]) =>
        values.map(([id, periodId, organisationId, value, suppressed, archived]) => ({
          id,
          periodId,
          organisationId,
          value,
          suppressed,
          indicatorId,
          archived,
        })),
      ),
    },
  }
}
