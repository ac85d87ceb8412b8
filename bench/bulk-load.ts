// Writes one benchmark scale into a migrated database. S is the demo data, loaded the normal way (Prisma, audited).
// M and L are bulk loads: one transaction, COPY … FROM STDIN per table, the audit (and foreign-key) triggers off
// through `session_replication_role = replica` (superusers only; otherwise the load runs with them, slower), the
// sequences moved past the ids used, then VACUUM ANALYZE so the planner knows the tables it is measured on.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Client } from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../backend/src/generated/prisma/client'
import { loadDemoData, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../backend/src/db/demo-data'
import { migrateDeploy } from '../backend/src/db/migrate'
import { hashPassword } from '../backend/src/auth/passwords'
import { actionsOf, buildStructure, followUpsOf, followUpTexts, SPECS, STAMP, type ActionRow, type Scale } from './synthetic'

export interface LoadReport {
  scale: Scale
  /** rows written per table */
  counts: Record<string, number>
  /** seconds: migrations, building and writing the rows (one transaction), VACUUM ANALYZE, all */
  seconds: { migrate: number; write: number; vacuumAnalyze: number; total: number }
  /** whether the audit triggers were off during the load (M and L as a superuser) */
  triggersOff: boolean
}

const since = (start: number) => Math.round((performance.now() - start) / 10) / 100

/** A COPY text-format field. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '')
  if (Array.isArray(value)) return `{${value.join(',')}}`
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
}

/** COPY rows into a table; returns how many. Rows are streamed in 64 kB chunks (never all in memory as text). */
async function copyRows(client: Client, table: string, columns: string[], rows: Iterable<unknown[]>): Promise<number> {
  let count = 0
  function* chunks() {
    let buffer = ''
    for (const row of rows) {
      buffer += row.map(field).join('\t') + '\n'
      count++
      if (buffer.length > 65_536) {
        yield Buffer.from(buffer)
        buffer = ''
      }
    }
    if (buffer) yield Buffer.from(buffer)
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN (FORMAT text)`
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)))
  return count
}

async function loadDemo(url: string): Promise<Record<string, number>> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: '-c TimeZone=UTC' }) })
  try {
    const counts = await loadDemoData(client)
    if (!counts) throw new Error('The database already has a strategy: the S scale needs an empty database.')
    return counts
  } finally {
    await client.$disconnect()
  }
}

async function loadSynthetic(
  client: Client,
  scale: Scale,
  log: (m: string) => void,
): Promise<{ counts: Record<string, number>; triggersOff: boolean }> {
  const { rows } = await client.query<{ organisations: number; superuser: boolean }>(
    `SELECT (SELECT count(*) FROM "Organisation")::int AS organisations, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
  )
  if (rows[0].organisations > 0)
    throw new Error(`The database already has organisations: the ${scale} scale needs an empty (migrated) database.`)
  const triggersOff = rows[0].superuser
  if (!triggersOff) log('Not a superuser: loading with the audit triggers on (much slower, and every row gets an AuditEvent).')

  const s = buildStructure(SPECS[scale])
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const counts: Record<string, number> = {}
  const copy = async (table: string, columns: string[], rows: Iterable<unknown[]>) => {
    const start = performance.now()
    counts[table] = await copyRows(client, table, columns, rows)
    log(`  ${table}: ${counts[table].toLocaleString('sv-SE')} rows in ${since(start)} s`)
  }

  await client.query('BEGIN')
  try {
    if (triggersOff) await client.query('SET LOCAL session_replication_role = replica')
    await copy(
      'Organisation',
      ['id', 'kind', 'name', 'shortName', 'municipalityCode', 'createdAt', 'updatedAt'],
      s.organisations.map((o) => [o.id, o.kind, o.name, o.shortName, o.municipalityCode, STAMP, STAMP]),
    )
    const st = s.strategy
    await copy(
      'Strategy',
      ['id', 'name', 'startYear', 'endYear', 'overallGoal', 'status', 'createdAt', 'updatedAt'],
      [[st.id, st.name, st.startYear, st.endYear, st.overallGoal, 'active', STAMP, STAMP]],
    )
    await copy(
      'Goal',
      [
        'id',
        'strategyId',
        'parentId',
        'code',
        'title',
        'description',
        'preconditions',
        'nationalGoal',
        'sortOrder',
        'createdAt',
        'updatedAt',
      ],
      s.goals.map((g) => [
        g.id,
        st.id,
        g.parentId,
        g.code,
        g.title,
        g.description,
        g.preconditions,
        g.nationalGoal,
        g.sortOrder,
        STAMP,
        STAMP,
      ]),
    )
    await copy(
      'Measure',
      [
        'id',
        'goalId',
        'code',
        'title',
        'description',
        'expectedKinds',
        'targetGroups',
        'violenceAreas',
        'preventionLevels',
        'activeFromYear',
        'activeToYear',
        'sortOrder',
        'createdAt',
        'updatedAt',
      ],
      s.measures.map((m) => [
        m.id,
        m.goalId,
        m.code,
        m.title,
        m.description,
        m.expectedKinds,
        m.targetGroups,
        m.violenceAreas,
        m.preventionLevels,
        m.activeFromYear,
        m.activeToYear,
        m.sortOrder,
        STAMP,
        STAMP,
      ]),
    )
    await copy(
      'MeasureExpectedOrganisation',
      ['measureId', 'organisationId'],
      s.expectedOrganisations.map((e) => [e.measureId, e.organisationId]),
    )
    await copy(
      'ReportingPeriod',
      ['id', 'strategyId', 'name', 'startsOn', 'endsOn', 'deadline', 'status', 'createdAt', 'updatedAt'],
      s.periods.map((p) => [p.id, st.id, p.name, p.startsOn, p.endsOn, p.deadline, p.status, STAMP, STAMP]),
    )
    await copy(
      'Indicator',
      [
        'id',
        'goalId',
        'measureId',
        'name',
        'description',
        'unit',
        'direction',
        'baselineValue',
        'baselineYear',
        'targetValue',
        'targetYear',
        'dataSource',
        'createdAt',
        'updatedAt',
      ],
      s.indicators.map((i) => [
        i.id,
        i.goalId,
        i.measureId,
        i.name,
        i.description,
        i.unit,
        i.direction,
        i.baselineValue,
        i.baselineYear,
        i.targetValue,
        i.targetYear,
        i.dataSource,
        STAMP,
        STAMP,
      ]),
    )
    await copy(
      'IndicatorValue',
      ['id', 'indicatorId', 'organisationId', 'periodId', 'value', 'suppressed', 'note', 'createdAt', 'updatedAt'],
      s.indicatorValues.map((v) => [v.id, v.indicatorId, v.organisationId, v.periodId, v.value, v.suppressed, v.note, STAMP, STAMP]),
    )
    await copy(
      'User',
      ['id', 'email', 'name', 'role', 'passwordHash', 'totpSecret', 'totpEnabledAt', 'recoveryCodes', 'createdAt', 'updatedAt'],
      s.users.map((u) => [
        u.id,
        u.email,
        u.name,
        u.role,
        passwordHash,
        u.totpSecret,
        u.totpSecret === DEMO_TOTP_SECRET ? '2025-01-01 08:00:00' : null,
        [],
        STAMP,
        STAMP,
      ]),
    )
    await copy(
      'UserOrganisation',
      ['userId', 'organisationId'],
      s.users.flatMap((u) => u.organisationIds.map((o) => [u.id, o])),
    )
    await copy(
      'ImplementationPlan',
      ['id', 'organisationId', 'strategyId', 'title', 'startYear', 'endYear', 'status', 'adoptedOn', 'adoptedBy', 'createdAt', 'updatedAt'],
      s.plans.map((p) => [
        p.id,
        p.organisation.id,
        st.id,
        p.title,
        st.startYear,
        st.endYear,
        p.status,
        p.adoptedOn,
        p.adoptedBy,
        STAMP,
        STAMP,
      ]),
    )

    const actions: ActionRow[] = [...actionsOf(s)]
    await copy(
      'PlanAction',
      ['id', 'planId', 'title', 'description', 'responsibleUnit', 'plannedStart', 'plannedEnd', 'status', 'createdAt', 'updatedAt'],
      actions.map((a) => [a.id, a.planId, a.title, a.description, a.responsibleUnit, a.plannedStart, a.plannedEnd, a.status, STAMP, STAMP]),
    )
    await copy(
      'PlanActionMeasure',
      ['actionId', 'measureId'],
      actions.flatMap((a) => a.measureIds.map((m) => [a.id, m])),
    )
    await copy(
      'PlanActionCoOwner',
      ['actionId', 'organisationId'],
      actions.flatMap((a) => a.coOwnerIds.map((o) => [a.id, o])),
    )
    await copy(
      'FollowUp',
      [
        'actionId',
        'periodId',
        'status',
        'progress',
        'narrative',
        'results',
        'obstacles',
        'state',
        'submittedAt',
        'reviewedAt',
        'reviewComment',
        'createdAt',
        'updatedAt',
      ],
      (function* () {
        const texts = followUpTexts()
        for (const action of actions)
          for (const f of followUpsOf(action, s.periods, texts))
            yield [
              f.actionId,
              f.periodId,
              f.status,
              f.progress,
              f.narrative,
              f.results,
              f.obstacles,
              f.state,
              f.submittedAt,
              f.reviewedAt,
              f.reviewComment,
              STAMP,
              STAMP,
            ]
      })(),
    )

    for (const table of [
      'Organisation',
      'Strategy',
      'Goal',
      'Measure',
      'ReportingPeriod',
      'Indicator',
      'IndicatorValue',
      'User',
      'ImplementationPlan',
      'PlanAction',
    ])
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
  // SET LOCAL ended with the transaction; say so explicitly for whoever reuses the session
  if (triggersOff) await client.query('RESET session_replication_role')
  return { counts, triggersOff }
}

/** Migrates the (empty) database at `url` and writes the scale into it. */
export async function loadScale(url: string, scale: Scale, log: (m: string) => void = () => {}): Promise<LoadReport> {
  const start = performance.now()
  await migrateDeploy(url)
  const migrate = since(start)
  const writeStart = performance.now()
  let counts: Record<string, number>
  let triggersOff = false
  const client = new Client({ connectionString: url, options: '-c TimeZone=UTC' })
  await client.connect()
  try {
    if (scale === 'S') counts = await loadDemo(url)
    else ({ counts, triggersOff } = await loadSynthetic(client, scale, log))
    const write = since(writeStart)
    const vacuumStart = performance.now()
    await client.query('VACUUM ANALYZE')
    return { scale, counts, triggersOff, seconds: { migrate, write, vacuumAnalyze: since(vacuumStart), total: since(start) } }
  } finally {
    await client.end()
  }
}
