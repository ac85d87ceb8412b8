// Test database names: a migrated template and one copy per Jest worker.
import { Client } from 'pg'

/** Jest workers in a run (jest.config.js sets maxWorkers to the same number). */
export const WORKERS = 2

/** The URL of a test database on the given server: `<db>_uppf_test_<worker>`. */
export function workerDatabaseUrl(serverUrl: string, worker: number | 'template'): string {
  const url = new URL(serverUrl)
  const base = url.pathname.slice(1) || 'postgres'
  url.pathname = `/${base}_uppf_test_${worker}`
  return url.toString()
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_SERVER_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * A database of its own on the test server, for tests that need an empty or a freshly migrated one (the worker's
 * database is shared by the test files of the worker). Re-created when it exists; returns its URL.
 */
export async function freshDatabase(name: string, { migrated = false } = {}): Promise<string> {
  const template = new URL(workerDatabaseUrl(process.env.TEST_SERVER_URL!, 'template')).pathname.slice(1)
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"${migrated ? ` TEMPLATE "${template}"` : ''}`)
  })
  const url = new URL(process.env.TEST_SERVER_URL!)
  url.pathname = `/${name}`
  return url.toString()
}

export const dropDatabase = (name: string) => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
