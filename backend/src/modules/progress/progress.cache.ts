// Computed progress, kept per process while the database has not changed. The key is the database's change counter,
// the highest AuditEvent id: every write to a domain table inserts an AuditEvent in the same transaction (the audit
// triggers, prisma/migrations/*_users_sessions_audit), so the counter moves exactly when a figure can. A world is
// kept only when it was read in one snapshot together with its counter and no write was under way then (ids come
// from a sequence, so a transaction still running could commit an id below the counter later). Each instance has its
// own cache; it is correct with several instances because the key is read from the database on every request.
// Caches belong to one PrismaClient: a new connection (a test's or a benchmark's new database) starts empty.
import { db, type Db } from '../../db/prisma'

/** A map that forgets its least recently used entries beyond `size`. */
export class Lru<V> {
  private readonly entries = new Map<string, V>()
  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(key: string, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break
      this.entries.delete(oldest)
    }
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  get count(): number {
    return this.entries.size
  }
}

const perClient = new WeakMap<Db, Map<string, Lru<unknown>>>()

/** The cache called `name` of the current database connection (created with `size` entries at its first use). */
export function cacheOf<V>(name: string, size: number): Lru<V> {
  const client = db()
  let caches = perClient.get(client)
  if (!caches) perClient.set(client, (caches = new Map()))
  let cache = caches.get(name)
  if (!cache) caches.set(name, (cache = new Lru<unknown>(size)))
  return cache as Lru<V>
}

/** The database's change counter: the highest AuditEvent id ('' while there is none). One index-only lookup. */
export async function changeCounter(): Promise<string> {
  const [row] = await db().$queryRaw<{ changes: string }[]>`SELECT coalesce(max(id)::text, '') AS changes FROM "AuditEvent"`
  return row.changes
}
