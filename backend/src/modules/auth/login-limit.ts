// Failed sign-ins are counted per e-mail address and per IP address in PostgreSQL, so that the limit holds
// across every app instance. Past the limit the answer is 429 until the window has passed.
import { db } from '../../db/prisma'
import { AppError } from '../../errors'

const WINDOW_MS = 15 * 60_000
const LIMITS = { email: 5, ip: 50 }

const keys = (email: string, ip: string) => [
  { key: `email:${email}`, limit: LIMITS.email },
  { key: `ip:${ip}`, limit: LIMITS.ip },
]

/** 429 when either key has used up its failures in the current window. */
export async function assertNotLimited(email: string, ip: string): Promise<void> {
  const rows = await db().loginAttempt.findMany({ where: { key: { in: keys(email, ip).map((k) => k.key) } } })
  const now = Date.now()
  for (const { key, limit } of keys(email, ip)) {
    const row = rows.find((r) => r.key === key)
    if (row && now - row.windowStart.getTime() < WINDOW_MS && row.failures >= limit) {
      const minutes = Math.ceil((row.windowStart.getTime() + WINDOW_MS - now) / 60_000)
      throw new AppError(
        429,
        'too-many-attempts',
        `För många misslyckade inloggningar. Vänta ${minutes} minut${minutes === 1 ? '' : 'er'} och försök igen.`,
      )
    }
  }
}

/** Counts a failure for both keys (a new window starts when the old one has passed). */
export async function recordFailure(email: string, ip: string): Promise<void> {
  const now = new Date()
  const windowOpenedAfter = new Date(now.getTime() - WINDOW_MS)
  await db().$transaction(
    keys(email, ip).map(
      ({ key }) =>
        db().$executeRaw`INSERT INTO "LoginAttempt" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
        ON CONFLICT ("key") DO UPDATE SET
          "failures" = CASE WHEN "LoginAttempt"."windowStart" < ${windowOpenedAfter} THEN 1 ELSE "LoginAttempt"."failures" + 1 END,
          "windowStart" = CASE WHEN "LoginAttempt"."windowStart" < ${windowOpenedAfter} THEN ${now} ELSE "LoginAttempt"."windowStart" END`,
    ),
  )
}

/** A successful sign-in clears the e-mail's count (not the IP's). */
export const clearFailures = (email: string) => db().loginAttempt.deleteMany({ where: { key: `email:${email}` } })
