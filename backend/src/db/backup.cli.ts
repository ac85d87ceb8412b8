// npm run db:backup -- [dir]    backs the app's database up into dir (default backups/<timestamp>)
// npm run db:restore -- <dir>   restores the backup in dir into an empty database
// With DATABASE_URL, that database. Without it, the embedded PostgreSQL under DATA_DIR/pg, started for the
// command and stopped after it; the app must be stopped first (a running app owns that server).
// docs/operations.md describes the format and the restore procedure.
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { config } from '../config'
import { backup, DatabaseNotEmpty, restore, type Manifest } from './backup'
import { startEmbeddedPostgres } from './embedded-postgres'

const USAGE = 'Användning: npm run db:backup -- [katalog]  |  npm run db:restore -- <katalog>'

/** Runs `work` against DATABASE_URL, or against the embedded server (initialised first when `create` allows it). */
async function withDatabase<T>(create: boolean, work: (url: string) => Promise<T>): Promise<T> {
  if (config.DATABASE_URL) return work(config.DATABASE_URL)
  const dir = resolve(config.DATA_DIR, 'pg')
  if (!create && !existsSync(join(dir, 'PG_VERSION')))
    throw new Error(`Det finns ingen inbäddad databas i ${dir} (sätt DATA_DIR, eller DATABASE_URL).`)
  mkdirSync(dir, { recursive: true })
  const server = await startEmbeddedPostgres({ dir, port: config.EMBEDDED_PG_PORT, persistent: true }).catch((error: Error) => {
    throw new Error(`Den inbäddade databasen i ${dir} kunde inte startas. Kör appen? Stoppa den först.\n${error.message}`)
  })
  try {
    return await work(server.url())
  } finally {
    await server.stop()
  }
}

const totalRows = (manifest: Manifest) => manifest.tables.reduce((sum, table) => sum + table.rows, 0)
const seconds = (since: number) => `${((performance.now() - since) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} s`

async function main(command: string | undefined, dirArg: string | undefined) {
  const started = performance.now()
  if (command === 'backup') {
    const dir = resolve(dirArg ?? join('backups', new Date().toISOString().slice(0, 19).replace(/:/g, '-') + 'Z'))
    const manifest = await withDatabase(false, (url) => backup(url, dir))
    console.log(`Säkerhetskopian är klar: ${dir} (${manifest.tables.length} tabeller, ${totalRows(manifest)} rader, ${seconds(started)}).`)
  } else if (command === 'restore' && dirArg) {
    const dir = resolve(dirArg)
    const manifest = await withDatabase(true, (url) => restore(url, dir)).catch((error: Error) => {
      if (!(error instanceof DatabaseNotEmpty)) throw error
      const hint = config.DATABASE_URL
        ? 'Skapa en ny, tom databas och låt DATABASE_URL peka på den.'
        : `Stoppa appen, flytta ${resolve(config.DATA_DIR)} åt sidan och kör kommandot igen: då skapas en ny, tom inbäddad databas.`
      throw new Error(`${error.message}\n${hint}`)
    })
    console.log(
      `Återläsningen är klar: ${manifest.tables.length} tabeller, ${totalRows(manifest)} rader från ${dir} (tagen ${manifest.createdAt}, ${seconds(started)}).`,
    )
  } else {
    throw new Error(USAGE)
  }
}

main(process.argv[2], process.argv[3]).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
