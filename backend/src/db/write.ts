// Every change goes through write(): one transaction that first names the acting user, so that the audit
// triggers (prisma/migrations/*_users_sessions_audit) record who made each change, in the same transaction.
import type { Actor } from '../auth/actor'
import { db, type Tx } from './prisma'

/**
 * Runs `work` in a transaction on behalf of `actor` (null: the system, e.g. demo data). Everything `work`
 * writes commits together with its audit events, or nothing does.
 */
export function write<T>(actor: Pick<Actor, 'id'> | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    if (actor) await tx.$executeRaw`SELECT set_config('app.actor', ${String(actor.id)}, true)`
    return work(tx)
  })
}
