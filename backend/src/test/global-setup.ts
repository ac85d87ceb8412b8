// Jest global setup: a real PostgreSQL for the whole run — TEST_DATABASE_URL's server when set, else a
// throw-away embedded one — with the migrations applied to a template and one database per worker.
// DATABASE_URL is never read here: a user's own data is out of reach of `npm test`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from 'pg'
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded-postgres'
import { migrateDeploy } from '../db/migrate'
import { WORKERS, workerDatabaseUrl } from './databases'

declare global {
  var __TEST_PG__: { server?: EmbeddedServer; dir?: string } | undefined
}

export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'uppf-test-pg-'))
    try {
      const server = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false, fast: true })
      globalThis.__TEST_PG__ = { server, dir }
      serverUrl = server.url()
    } catch (error) {
      rmSync(dir, { recursive: true, force: true }) // Jest skips the teardown when setup throws
      throw error
    }
  }
  process.env.TEST_SERVER_URL = serverUrl
  const template = workerDatabaseUrl(serverUrl, 'template')
  const admin = new Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    const name = new URL(template).pathname.slice(1)
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${name}"`)
    await migrateDeploy(template)
    for (let worker = 1; worker <= WORKERS; worker++) {
      const db = new URL(workerDatabaseUrl(serverUrl, worker)).pathname.slice(1)
      await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`)
      await admin.query(`CREATE DATABASE "${db}" TEMPLATE "${name}"`)
    }
  } finally {
    await admin.end()
  }
}
