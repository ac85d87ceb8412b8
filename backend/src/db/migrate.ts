// Applies prisma/migrations/<name>/migration.sql like `prisma migrate deploy`: same advisory lock,
// same `_prisma_migrations` table and sha256 checksums, one transaction per file. Prisma's own engine
// accepts the history this writes, so the standard CLI keeps working where its binary is available.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createHash, randomUUID } from 'node:crypto'
import { Client } from 'pg'

export const MIGRATIONS_DIR = resolve(__dirname, '../../../prisma/migrations')
const PRISMA_LOCK_KEY = 72707369

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

/** The migration folders in `dir`, in the order they are applied. */
export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
}

/** Applies pending migrations in name order; returns the names applied. Safe to run from several instances at once. */
export async function migrateDeploy(
  connectionString: string,
  dir = MIGRATIONS_DIR,
  log: (m: string) => void = () => {},
): Promise<string[]> {
  const client = new Client({ connectionString })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_LOCK_KEY])
    await client.query(HISTORY_TABLE)
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"')
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at)
    if (failed.length) throw new Error(`Failed migration(s) recorded in the database: ${failed.map((r) => r.migration_name).join(', ')}`)
    const applied = new Map<string, string>(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]))
    const names = migrationNames(dir)
    const done: string[] = []
    for (const name of names) {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      const checksum = createHash('sha256').update(sql).digest('hex')
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) log(`warning: migration ${name} was changed after it was applied`)
        continue
      }
      const id = randomUUID()
      await client.query('BEGIN')
      try {
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
          [id, checksum, name],
        )
        await client.query(sql)
        await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`Migration ${name} failed and was rolled back: ${(error as Error).message}`)
      }
      done.push(name)
      log(`applied migration ${name}`)
    }
    return done
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_LOCK_KEY]).catch(() => {})
    await client.end()
  }
}
