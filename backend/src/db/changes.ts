// What was computed from the database, kept per process while the database has not changed. The key is the
// database's change counter, the highest AuditEvent id: every write to a domain table inserts an AuditEvent in the
// same transaction (the audit triggers, prisma/migrations/*_users_sessions_audit), so the counter moves exactly when
// an answer can. Something is kept only when it was read starting from a settled moment (no write under way: ids come
// from a sequence, so a transaction still running could commit an id below the counter later) and the counter has
// not moved by the time it was read. Each instance has its own caches; they are correct with several instances
// because the counter is read from the database on every request. Caches belong to one PrismaClient: a new
// connection (a test's or a benchmark's new database) starts empty.
import { LRUCache } from 'lru-cache'
import { db, prepared, type Db } from './prisma'

/** A cache that forgets its least recently used entries (lru-cache). */
export type Cache<V> = LRUCache<string, V & {}>

const perClient = new WeakMap<Db, Map<string, unknown>>()

/**
 * The cache called `name` of the current database connection, created at its first use: at most `size` entries, or,
 * with `weigh`, entries whose weights (e.g. bytes) add up to at most `size` (one heavier than that is not kept).
 */
export function cacheOf<V>(name: string, size: number, weigh?: (value: V) => number): Cache<V> {
  const client = db()
  let caches = perClient.get(client)
  if (!caches) perClient.set(client, (caches = new Map()))
  let cache = caches.get(name) as Cache<V> | undefined
  if (!cache) {
    cache = weigh
      ? new LRUCache<string, V & {}>({ maxSize: size, sizeCalculation: (value) => Math.max(1, weigh(value)) })
      : new LRUCache<string, V & {}>({ max: size })
    caches.set(name, cache)
  }
  return cache
}

/** The database's change counter at a moment, and whether no write was under way then. */
export interface Changes {
  /** the highest AuditEvent id ('' while there is none) */
  changes: string
  /** no transaction that may write to this database was running (only then may a read be kept under `changes`) */
  settled: boolean
}

/**
 * The two columns of `Changes`, for a statement's select list (the first statement of a transaction takes the
 * snapshot the others read from). Settled: the snapshot's running transactions, less those that still run in
 * another database, are none; one that ended meanwhile counts as running, so the check errs on the safe side.
 */
const COUNTER = `(SELECT coalesce(max(id)::text, '') FROM "AuditEvent") AS changes`
export const CHANGES_COLUMNS = `
  ${COUNTER},
  NOT EXISTS (
    SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot()) AS running(x)
    WHERE xid(running.x) NOT IN (SELECT backend_xid FROM pg_stat_activity WHERE datname <> current_database() AND backend_xid IS NOT NULL)
  ) AS settled`

/** The change counter and whether the moment is settled: one statement. */
export async function readChanges(): Promise<Changes> {
  const [row] = await prepared<Changes>('read-changes', `SELECT ${CHANGES_COLUMNS}`)
  return row
}

/** The database's change counter alone: one index-only lookup. */
export async function changeCounter(): Promise<string> {
  const [row] = await prepared<{ changes: string }>('change-counter', `SELECT ${COUNTER}`)
  return row.changes
}
