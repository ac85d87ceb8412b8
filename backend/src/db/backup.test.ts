// Backup and restore on real databases: a database with rows in every table (å ä ö, NULLs, enum arrays,
// dates, COPY's special characters) survives the round trip exactly, and every refusal writes nothing.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from 'pg'
import { createSession } from '../auth/sessions'
import { backup, restore, type Manifest } from './backup'
import { migrateDeploy } from './migrate'
import { connect, db } from './prisma'
import { write } from './write'
import { freshDatabase } from '../test/databases'
import {
  makeAction,
  makeFollowUp,
  makeGoal,
  makeIndicator,
  makeMeasure,
  makeOrganisation,
  makePeriod,
  makePlan,
  makeStrategy,
} from '../test/factories'

const worker = process.env.JEST_WORKER_ID ?? '1'
let databases = 0

const newDatabase = () => freshDatabase(`backup_${worker}_${++databases}`)

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/** Every table's rows as PostgreSQL's own text of each row, sorted, and the migration history's names. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
  )
  const all: Record<string, string[]> = {}
  for (const { name } of tables)
    all[name] = (await query<{ row: string }>(url, `SELECT t::text AS row FROM "${name}" t ORDER BY 1`)).map((r) => r.row)
  all._prisma_migrations = (await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations" ORDER BY 1')).map(
    (r) => r.migration_name,
  )
  return all
}

const tableCount = async (url: string) =>
  (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`))[0].n

/** Text that COPY has to escape, with Swedish letters. */
const tricky = 'Åsa Öberg, Täby – "citat"\ttab\nrad två\\bakstreck och \\N, emoji 🙂'

/**
 * Rows in every table. The source database has none of the test users, so organisations are made without the
 * standard coordinator (`foreign`) and the users here. The audit triggers fill AuditEvent as the rows are
 * written: as the system, and as a user for the changes made through write().
 */
async function fill(): Promise<{ deletedOrganisationId: number }> {
  const region = await makeOrganisation({ kind: 'region', name: 'Region Stockholm', foreign: true })
  const municipality = await makeOrganisation({ name: 'Södertälje kommun', municipalityCode: '0181', parentId: region.id, foreign: true })
  const opk = await db().user.create({
    data: {
      email: 'opk@lansstyrelsen.test',
      name: 'Åsa Öberg',
      role: 'opk_staff',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      totpSecret: 'JBSWY3DPEHPK3PXP',
      totpEnabledAt: new Date('2026-01-02T03:04:05.678Z'),
      recoveryCodes: ['a1', 'b2'],
    },
  })
  const coordinator = await write(opk, (tx) =>
    tx.user.create({
      data: {
        email: 'samordnare@sodertalje.test',
        name: tricky,
        role: 'coordinator',
        oidcIssuer: 'https://idp.test',
        oidcSubject: 'sub-1',
        lastLoginAt: new Date('2026-02-03T04:05:06.789Z'),
        organisations: { create: [{ organisationId: municipality.id }] },
      },
    }),
  )
  await createSession(coordinator.id)
  await createSession(null, { pendingUserId: opk.id })
  await db().loginAttempt.create({
    data: { key: 'email:opk@lansstyrelsen.test', failures: 2, windowStart: new Date('2026-03-04T05:06:07.891Z') },
  })
  await write(opk, (tx) =>
    tx.organisation.update({
      where: { id: municipality.id },
      data: { shortName: tricky, archivedAt: new Date('2026-03-04T05:06:07.891Z') },
    }),
  )
  const earlier = await makeStrategy()
  const strategy = await makeStrategy({ predecessorId: earlier.id })
  const goal = await makeGoal({ strategyId: strategy.id })
  const subGoal = await makeGoal({ strategyId: strategy.id, parentId: goal.id })
  await db().goal.update({
    where: { id: subGoal.id },
    data: { nationalGoal: 'detection_and_support', description: 'Våldsutsatta ska få stöd' },
  })
  const oldMeasure = await makeMeasure({ goalId: goal.id })
  const measure = await makeMeasure({ goalId: subGoal.id })
  await db().measure.update({
    where: { id: measure.id },
    data: {
      expectedKinds: ['municipality', 'region', 'authority'],
      targetGroups: ['children_experiencing'],
      violenceAreas: [],
      activeFromYear: 2024,
      description: tricky,
    },
  })
  await db().measureExpectedOrganisation.create({ data: { measureId: measure.id, organisationId: region.id } })
  await db().measureSuccession.create({ data: { measureId: measure.id, predecessorId: oldMeasure.id } })
  const period = await makePeriod({ strategyId: strategy.id })
  const plan = await makePlan({ strategyId: strategy.id, organisationId: municipality.id })
  await db().implementationPlan.update({
    where: { id: plan.id },
    data: { status: 'adopted', adoptedOn: new Date('2025-06-17'), adoptedBy: 'Kommunfullmäktige' },
  })
  const action = await makeAction({ planId: plan.id, measureIds: [measure.id, oldMeasure.id] })
  await db().planAction.update({
    where: { id: action.id },
    data: { plannedStart: new Date('2025-01-01'), responsibleUnit: 'Socialförvaltningen' },
  })
  await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: region.id } })
  const followUp = await makeFollowUp({ actionId: action.id, periodId: period.id, state: 'submitted', progress: 75 })
  await db().followUp.update({
    where: { id: followUp.id },
    data: { narrative: tricky, reviewComment: '', submittedAt: new Date('2026-01-31T23:59:59.999Z') },
  })
  await write(opk, (tx) => tx.followUpComment.create({ data: { followUpId: followUp.id, authorId: opk.id, body: tricky } }))
  await makeFollowUp({ actionId: (await makeAction({ planId: plan.id, measureIds: [measure.id] })).id, periodId: period.id })
  const indicator = await makeIndicator({ goalId: goal.id })
  await db().indicator.update({ where: { id: indicator.id }, data: { baselineValue: 0.1, baselineYear: 2023, targetValue: -1e-7 } })
  await makeIndicator({ measureId: measure.id })
  await db().indicatorValue.create({
    data: { indicatorId: indicator.id, periodId: period.id, organisationId: null, value: null, suppressed: true, note: 'Färre än 5' },
  })
  await db().indicatorValue.create({
    data: { indicatorId: indicator.id, periodId: period.id, organisationId: municipality.id, value: 12.345678901234567 },
  })
  // an approved report: the restore must write it although the database refuses any change of one afterwards
  const report = await write(opk, (tx) =>
    tx.report.create({
      data: {
        periodId: period.id,
        strategyId: strategy.id,
        title: 'Lägesrapport',
        snapshot: { format: 1, note: tricky },
        computedAt: new Date('2026-03-01T10:00:00.123Z'),
        authorId: opk.id,
        summary: tricky,
        analyses: { [goal.id]: tricky },
      },
    }),
  )
  await write(opk, (tx) =>
    tx.report.update({
      where: { id: report.id },
      data: { status: 'approved', approvedAt: new Date('2026-03-02T10:00:00.456Z'), approvedById: opk.id },
    }),
  )
  // The last id handed out belongs to a deleted row: a restore must not hand it out again.
  const deleted = await makeOrganisation({ name: 'Borttagen', foreign: true })
  await db().organisation.delete({ where: { id: deleted.id } })
  return { deletedOrganisationId: deleted.id }
}

let source: string
let dir: string
let manifest: Manifest
let deletedOrganisationId: number

beforeAll(async () => {
  source = await newDatabase()
  await migrateDeploy(source)
  connect(source, 2)
  ;({ deletedOrganisationId } = await fill())
  dir = join(mkdtempSync(join(tmpdir(), 'uppf-backup-')), 'backup')
  manifest = await backup(source, dir)
}, 60_000)

/** A copy of the backup, changed by `edit`. */
function editedCopy(edit: (copy: string, manifest: Manifest) => void): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'uppf-backup-')), 'backup')
  cpSync(dir, copy, { recursive: true })
  const edited = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Manifest
  edit(copy, edited)
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(edited))
  return copy
}

describe('backup', () => {
  it('fills every table of the schema (a new table needs rows in fill() to be tested here)', async () => {
    const empty = Object.entries(await contents(source))
      .filter(([, rows]) => rows.length === 0)
      .map(([name]) => name)
    expect(empty).toEqual([])
  })

  it('writes the migrations, every table but the history with its row count, and one COPY file per table', async () => {
    const all = await contents(source)
    expect(manifest.migrations).toEqual(all._prisma_migrations)
    expect(manifest.tables.map((t) => [t.name, t.rows])).toEqual(
      Object.keys(all)
        .filter((name) => name !== '_prisma_migrations')
        .sort()
        .map((name) => [name, all[name].length]),
    )
    expect(manifest.serverVersion).toMatch(/^\d+/)
    expect(readFileSync(join(dir, 'FollowUp.copy'), 'utf8')).toContain('Åsa Öberg, Täby – "citat"\\ttab\\nrad två\\\\bakstreck och \\\\N')
  })

  it('refuses a directory that already holds files', async () => {
    const used = mkdtempSync(join(tmpdir(), 'uppf-backup-'))
    appendFileSync(join(used, 'annat.txt'), 'x')
    await expect(backup(source, used)).rejects.toThrow('finns redan och är inte tom')
  })
})

describe('restore', () => {
  it('gives a fresh database exactly the same rows and migration history', async () => {
    const target = await newDatabase()
    await restore(target, dir)
    expect(await contents(target)).toEqual(await contents(source))
  })

  it('restores the history exactly, adding no audit row of its own; the triggers work again afterwards', async () => {
    const target = await newDatabase()
    await restore(target, dir)
    const history = (url: string) => query<{ row: string }>(url, 'SELECT t::text AS row FROM "AuditEvent" t ORDER BY id')
    const restored = await history(target)
    expect(restored).toEqual(await history(source))
    expect(restored.length).toBe(manifest.tables.find((t) => t.name === 'AuditEvent')!.rows)
    const [{ n }] = await query<{ n: number }>(
      target,
      'SELECT count(*)::int AS n FROM "AuditEvent" WHERE "userId" IS NOT NULL AND entity IN ($1, $2, $3)',
      ['User', 'UserOrganisation', 'Organisation'],
    )
    expect(n).toBeGreaterThanOrEqual(3)
    await query(target, `INSERT INTO "Organisation" (kind, name, "updatedAt") VALUES ('municipality', 'Efter återläsningen', now())`)
    expect((await history(target)).length).toBe(restored.length + 1)
  })

  it('continues the id sequences after the restored rows, never reusing an id handed out before the backup', async () => {
    const target = await newDatabase()
    await restore(target, dir)
    const [org] = await query<{ id: number }>(
      target,
      `INSERT INTO "Organisation" (kind, name, "updatedAt") VALUES ('municipality', 'Ny kommun', now()) RETURNING id`,
    )
    expect(org.id).toBe(deletedOrganisationId + 1)
    const [{ max }] = await query<{ max: number }>(source, 'SELECT max(id) AS max FROM "Strategy"')
    const [strategy] = await query<{ id: number }>(
      target,
      `INSERT INTO "Strategy" (name, "startYear", "endYear", "overallGoal", "updatedAt") VALUES ('Ny', 2027, 2030, 'Mål', now()) RETURNING id`,
    )
    expect(strategy.id).toBe(max + 1)
  })

  it('leaves the sequences where a backup of the restored database finds them as the original backup did', async () => {
    const target = await newDatabase()
    await restore(target, dir)
    const again = await backup(target, join(mkdtempSync(join(tmpdir(), 'uppf-backup-')), 'backup'))
    expect(again.sequences).toEqual(manifest.sequences)
    expect(manifest.sequences).toContainEqual({ name: 'Organisation_id_seq', nextValue: String(deletedOrganisationId + 1) })
  })

  it('accepts a database that has the schema but no rows', async () => {
    const target = await newDatabase()
    await migrateDeploy(target)
    await restore(target, dir)
    expect(await contents(target)).toEqual(await contents(source))
  })

  it('refuses a database that holds rows and changes nothing in it', async () => {
    const before = await contents(source)
    await expect(restore(source, dir)).rejects.toThrow(/^Databasen är inte tom: tabellen \w+ \(och \d+ till\) har rader/)
    expect(await contents(source)).toEqual(before)
  })

  it('refuses a backup taken with other migrations, before touching the database', async () => {
    const other = editedCopy((_, m) => m.migrations.push('99990101000000_future'))
    const target = await newDatabase()
    await expect(restore(target, other)).rejects.toThrow(
      'Säkerhetskopians migreringar stämmer inte med programmets (bara i säkerhetskopian: 99990101000000_future)',
    )
    expect(await tableCount(target)).toBe(0)
  })

  it('refuses a database with migrations the backup lacks, before changing it', async () => {
    const migrations = mkdtempSync(join(tmpdir(), 'uppf-migrations-'))
    mkdirSync(join(migrations, '00000101000000_other'))
    writeFileSync(join(migrations, '00000101000000_other', 'migration.sql'), 'CREATE TABLE "Other" (id int);')
    const target = await newDatabase()
    await migrateDeploy(target, migrations)
    await expect(restore(target, dir)).rejects.toThrow('Databasen har migreringar som säkerhetskopian saknar: 00000101000000_other.')
    expect(await query(target, 'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1', ['public'])).toEqual([
      { tablename: 'Other' },
      { tablename: '_prisma_migrations' },
    ])
  })

  it('refuses a file changed since the backup, before touching the database', async () => {
    const other = editedCopy((copy) => appendFileSync(join(copy, 'Goal.copy'), '999\t1\n'))
    const target = await newDatabase()
    await expect(restore(target, other)).rejects.toThrow(/Goal\.copy har ändrats eller skadats/)
    expect(await tableCount(target)).toBe(0)
  })

  it('rolls every table back when a row count differs, so that the restore can be run again', async () => {
    const other = editedCopy((_, m) => (m.tables.find((t) => t.name === 'Goal')!.rows += 1))
    const target = await newDatabase()
    await expect(restore(target, other)).rejects.toThrow('Tabellen Goal fick 2 rader, säkerhetskopian har 3.')
    const afterFailure = await contents(target)
    expect(Object.entries(afterFailure).filter(([name, rows]) => name !== '_prisma_migrations' && rows.length > 0)).toEqual([])
    await restore(target, dir)
    expect(await contents(target)).toEqual(await contents(source))
  })
})
