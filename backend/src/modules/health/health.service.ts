import type { Health } from '@uppfoljning/contract'
import { db } from '../../db/prisma'
import { appVersion } from '../../version'

/** Asks the database for `SELECT 1` with a short timeout. */
export async function checkHealth(): Promise<Health> {
  const database = await Promise.race([
    db().$queryRaw`SELECT 1`.then(
      () => 'ok' as const,
      () => 'unavailable' as const,
    ),
    new Promise<'unavailable'>((resolve) => setTimeout(() => resolve('unavailable'), 2_000).unref()),
  ])
  return { status: database === 'ok' ? 'ok' : 'degraded', database, version: appVersion, uptimeSeconds: Math.round(process.uptime()) }
}
