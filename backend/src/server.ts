// npm start: the database (DATABASE_URL, or an embedded PostgreSQL under DATA_DIR), migrations,
// demo data on a fresh embedded database, then HTTP. Stops cleanly on SIGTERM/SIGINT.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { createServer } from 'node:http'
import { config } from './config'
import { connect, disconnect } from './db/prisma'
import { migrateDeploy } from './db/migrate'
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres'
import { loadDemoDataIfEmpty } from './db/demo-data'
import { createApp } from './app'
import { pruneSessions } from './auth/sessions'
import { log } from './log'

async function main() {
  const started = performance.now()
  let embedded: EmbeddedServer | undefined
  let url = config.DATABASE_URL
  if (!url) {
    const dir = resolve(config.DATA_DIR, 'pg')
    mkdirSync(dir, { recursive: true })
    embedded = await startEmbeddedPostgres({ dir, port: config.EMBEDDED_PG_PORT, persistent: true })
    url = embedded.url()
  }
  const applied = await migrateDeploy(url, undefined, (m) => log.info(m))
  connect(url)
  if (config.DEMO_DATA === 'true' || (config.DEMO_DATA !== 'false' && embedded)) {
    const loaded = await loadDemoDataIfEmpty()
    if (loaded) log.info('demo data loaded', loaded)
  }

  const server = createServer(createApp())
  await new Promise<void>((ready) => server.listen(config.PORT, ready))
  const port = (server.address() as { port: number }).port
  log.info('ready', {
    url: `http://localhost:${port}`,
    database: embedded ? 'embedded' : 'DATABASE_URL',
    migrationsApplied: applied.length,
    startupMs: Math.round(performance.now() - started),
  })
  console.log(`\n  Uppföljning körs på http://localhost:${port}\n`)

  // Expired sessions are removed every quarter of an hour (idempotent: any number of instances may do it).
  const pruning = setInterval(
    () => void pruneSessions().catch((error) => log.error('session pruning failed', { error: String(error) })),
    15 * 60_000,
  )
  pruning.unref()

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('stopping', { signal })
    server.closeIdleConnections()
    await new Promise((done) => server.close(done))
    await disconnect()
    await embedded?.stop()
    process.exit(0)
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal))
}

main().catch((error) => {
  console.error(`Uppföljning kunde inte starta: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
