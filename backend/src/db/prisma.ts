// The one PrismaClient of the process. Only services, the seed and test helpers import it.
import { PrismaPg } from '@prisma/adapter-pg'
import { Pool } from 'pg'
import { PrismaClient, Prisma } from '../generated/prisma/client'
import { config } from '../config'

export { Prisma }
export type Db = PrismaClient
/** A client or an open transaction. */
export type Tx = Prisma.TransactionClient

let client: PrismaClient | undefined
/** the client's connections (shared with Prisma through its adapter) */
let pool: Pool | undefined
let counting = false
let queries = 0

/** How many SQL statements this process has sent (counted in tests and benchmarks, to prove lists have no N+1). */
export const queryCount = () => queries

export function connect(url: string, poolSize = config.DB_POOL_SIZE): PrismaClient {
  const countQueries = config.NODE_ENV === 'test' || config.COUNT_QUERIES === 'true'
  // UTC sessions: Prisma reads timestamp columns as UTC, and database defaults (now()) must agree. A statement or
  // a lock wait that hangs ends (and answers 503) instead of holding the request forever.
  pool = new Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    options: '-c TimeZone=UTC -c statement_timeout=30000 -c lock_timeout=10000',
  })
  // A connection the server ends (a restart, an administrator's shutdown) emits 'error'. pg-pool listens only while
  // the connection is idle, and an 'error' nobody listens to stops the process; so every connection gets a listener
  // for its whole life. Its queries still fail, and the requests answer 503 (http/problem.ts).
  pool.on('connect', (connection) => connection.on('error', () => {}))
  const created = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    ...(countQueries ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}),
  })
  if (countQueries) (created as PrismaClient<'query'>).$on('query', () => void queries++)
  counting = countQueries
  client = created
  return client
}

/** The process's client; `connect()` must have run (server start-up, or the test setup). */
export function db(): PrismaClient {
  if (!client) {
    if (!process.env.DATABASE_URL) throw new Error('No database connected: call connect(url) first.')
    connect(process.env.DATABASE_URL)
  }
  return client!
}

export async function disconnect(): Promise<void> {
  await client?.$disconnect()
  client = undefined
}

/**
 * One statement as a named prepared statement on the client's connections: PostgreSQL plans it once per connection
 * instead of at every call, as it does Prisma's. Only for the few statements most requests send (the session
 * lookup, the change counter), where planning costs more than running (docs/benchmarks.md). Plain node-postgres
 * values: a timestamp without time zone would be read as local time, so select those as timestamptz.
 */
export async function prepared<T>(name: string, text: string, values: unknown[] = []): Promise<T[]> {
  db()
  if (counting) queries++
  return (await pool!.query({ name, text, values })).rows as T[]
}
