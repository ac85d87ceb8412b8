// The migrations: schema.prisma and the SQL files agree (drift check), and the runner behaves like
// `prisma migrate deploy` (idempotent, one transaction per file, refuses after a failure).
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from 'pg'
import { diffMigrationsToSchema } from '../../../tools/prisma6/diff'
import { freshDatabase } from '../test/databases'
import { MIGRATIONS_DIR, migrateDeploy } from './migrate'

const serverUrl = process.env.TEST_SERVER_URL!

async function rows(url: string, sql: string) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('schema.prisma and prisma/migrations', () => {
  it('agree: replaying the migrations gives exactly the schema (drift check)', async () => {
    const { inSync, sql } = await diffMigrationsToSchema(serverUrl)
    if (!inSync)
      throw new Error(`schema.prisma differs from the migrations. Run \`npm run db:new-migration -- <name>\`. Missing SQL:\n${sql}`)
  }, 60_000)
})

describe('migrateDeploy', () => {
  it('applies every migration once and records it like Prisma', async () => {
    const url = await freshDatabase(`migrate_once_${process.env.JEST_WORKER_ID}`)
    const first = await migrateDeploy(url)
    expect(first.length).toBeGreaterThan(0)
    expect(await migrateDeploy(url)).toEqual([])
    const history = await rows(
      url,
      'SELECT migration_name, length(checksum) AS len, finished_at IS NOT NULL AS done FROM "_prisma_migrations" ORDER BY 1',
    )
    expect(history).toEqual(first.map((migration_name) => ({ migration_name, len: 64, done: true })))
  })

  it('rolls a failing migration back and names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uppf-migrations-'))
    cpSync(MIGRATIONS_DIR, dir, { recursive: true })
    mkdirSync(join(dir, '99990101000000_broken'))
    writeFileSync(join(dir, '99990101000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;')
    const url = await freshDatabase(`migrate_fail_${process.env.JEST_WORKER_ID}`)
    await expect(migrateDeploy(url, dir)).rejects.toThrow(/99990101000000_broken failed and was rolled back/)
    expect(await rows(url, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }])
    expect(await rows(url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`)).toEqual([
      { n: 0 },
    ])
  })
})
