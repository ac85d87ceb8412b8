// Sessions in PostgreSQL: they survive restarts and work across app instances. The cookie carries a random
// token; the table keeps only its sha256, so a copy of the database cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '@uppfoljning/contract'
import { config } from '../config'
import { batched } from '../db/batched'
import { CHANGES_COLUMNS, type Changes } from '../db/changes'
import { db, prepared } from '../db/prisma'
import type { Actor } from './actor'

const token = () => randomBytes(32).toString('base64url')
const digest = (value: string) => createHash('sha256').update(value).digest('hex')
const minutes = (n: number) => n * 60_000
/** how often lastSeenAt is written: not on every request */
const TOUCH_EVERY_MS = minutes(1)

export interface LoadedSession {
  id: string
  csrfToken: string
  data: SessionData
  actor: Actor | null
  /** the database's change counter as the session was read: where the request starts (db/changes.ts) */
  readAt: Changes
}

/** State kept before sign-in completes. */
export interface SessionData {
  /** the user who gave a correct password and must still give a second factor */
  pendingUserId?: number
  /** OIDC: state, nonce and PKCE verifier of the login under way */
  oidc?: { state: string; nonce: string; verifier: string; returnTo: string }
  /** the TOTP secret being set up (base32), until its first code confirms it */
  totpSetup?: string
}

/** A new session (a new id, always: at sign-in and at every change of privilege). Returns the cookie token. */
export async function createSession(userId: number | null, data: SessionData = {}): Promise<{ token: string; csrfToken: string }> {
  const value = token()
  const csrfToken = token()
  await db().session.create({
    data: {
      id: digest(value),
      userId,
      csrfToken,
      data: data as object,
      expiresAt: new Date(Date.now() + config.SESSION_ABSOLUTE_HOURS * 3_600_000),
    },
  })
  return { token: value, csrfToken }
}

/** A session row with its user and the user's organisations, as one statement reads them. */
interface SessionRow {
  id: string
  csrfToken: string
  data: unknown
  expiresAt: Date
  lastSeenAt: Date
  userId: number | null
  role: Role | null
  archivedAt: Date | null
  organisationIds: number[]
  changes: string
  settled: boolean
}

/** Sessions, their users and the users' organisations, and the database's change counter (timestamps as UTC). */
const SESSIONS_STATEMENT = `
  SELECT s.id, s."csrfToken", s.data, s."expiresAt"::timestamptz AS "expiresAt", s."lastSeenAt"::timestamptz AS "lastSeenAt",
    u.id AS "userId", u.role::text AS role, u."archivedAt"::timestamptz AS "archivedAt",
    ARRAY(SELECT uo."organisationId" FROM "UserOrganisation" uo WHERE uo."userId" = u.id ORDER BY uo."organisationId") AS "organisationIds",
    ${CHANGES_COLUMNS}
  FROM "Session" s LEFT JOIN "User" u ON u.id = s."userId"
  WHERE s.id = ANY($1::text[])`

/** The sessions asked by requests at the same time, in one statement (db/batched.ts). */
const sessionRow = batched(async (ids: string[]) => {
  const rows = await prepared<SessionRow>('load-sessions', SESSIONS_STATEMENT, [ids])
  return new Map(rows.map((row) => [row.id, row]))
})

/**
 * The session behind a cookie token, or null when unknown, idle too long or past its absolute end. Every signed-in
 * request asks, so it is one statement, prepared once per connection and shared by the requests that ask at the same
 * time (the session, its user and the user's organisations joined, and the database's change counter, so that a kept
 * answer needs no statement of its own: http/kept-answers.ts); a second one only to end it, or to note the activity
 * (at most once a minute).
 */
export async function loadSession(value: string): Promise<LoadedSession | null> {
  const id = digest(value)
  const row = await sessionRow(id)
  if (!row) return null
  const now = Date.now()
  if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + minutes(config.SESSION_IDLE_MINUTES) <= now || row.archivedAt) {
    await db().session.deleteMany({ where: { id } })
    return null
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await db().session.updateMany({ where: { id }, data: { lastSeenAt: new Date(now) } })
  const actor = row.userId !== null ? { id: row.userId, role: row.role as Role, organisationIds: row.organisationIds } : null
  return { id, csrfToken: row.csrfToken, data: row.data as SessionData, actor, readAt: { changes: row.changes, settled: row.settled } }
}

export const setSessionData = (id: string, data: SessionData) => db().session.updateMany({ where: { id }, data: { data: data as object } })

export const endSession = (id: string) => db().session.deleteMany({ where: { id } })

/** Ends every session of a user (logout everywhere, disabled user, changed password or role). */
export const endSessionsOf = (userId: number) => db().session.deleteMany({ where: { userId } })

/** Removes expired sessions; any instance may run it, it is idempotent. */
export const pruneSessions = () =>
  db().session.deleteMany({
    where: {
      OR: [{ expiresAt: { lte: new Date() } }, { lastSeenAt: { lte: new Date(Date.now() - minutes(config.SESSION_IDLE_MINUTES)) } }],
    },
  })
