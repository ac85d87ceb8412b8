// npm run db:new-migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that brings the existing migrations up to schema.prisma (computed on a throw-away PostgreSQL).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, startEmbeddedPostgres } from '../../backend/src/db/embedded-postgres'
import { diffMigrationsToSchema } from './diff'

async function main() {
  const name = process.argv[2]
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: npm run db:new-migration -- <snake_case_name>')
  const pg = await startEmbeddedPostgres({
    dir: mkdtempSync(join(tmpdir(), 'uppf-migration-')),
    port: await freePort(),
    persistent: false,
    fast: true,
  })
  try {
    const { inSync, sql } = await diffMigrationsToSchema(pg.url())
    if (inSync) return console.log('schema.prisma and the migrations agree: nothing to write.')
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
    const dir = join(__dirname, '../../prisma/migrations', `${stamp}_${name}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'migration.sql'), sql)
    console.log(`wrote ${dir}/migration.sql — read it, add what Prisma cannot express (CHECK constraints, …)`)
  } finally {
    await pg.stop()
  }
}
main().catch((error) => {
  console.error(error.message ?? error)
  process.exit(1)
})
