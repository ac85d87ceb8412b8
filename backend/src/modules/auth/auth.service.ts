import type { LoginRequest, PasswordChange, SessionInfo, SessionStage } from '@uppfoljning/contract'
import { config } from '../../config'
import { db } from '../../db/prisma'
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords'
import { createSession, endSession, endSessionsOf, type LoadedSession } from '../../auth/sessions'
import { AppError, ruleBroken, unauthenticated } from '../../errors'
import { assertNotLimited, clearFailures, recordFailure } from './login-limit'

const wrongCredentials = () => new AppError(401, 'unauthenticated', 'Fel e-postadress eller lösenord.')

/** What sign-in produced: the new session's cookie token and the stage it stands at. */
export interface SignIn {
  token: string
  stage: SessionStage
}

/**
 * Starts a new session for a user who has proved who they are (a new id, always: never reuse a session across
 * a change of privilege). Ends the session the browser had before.
 */
export async function completeSignIn(userId: number, previous?: LoadedSession): Promise<SignIn> {
  if (previous) await endSession(previous.id)
  await db().user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } })
  const { token } = await createSession(userId)
  return { token, stage: 'signed-in' }
}

/**
 * Password sign-in. OPK staff, and anyone who has set up two-factor authentication, get a session that waits
 * for the second factor (stage totp-required or totp-setup-required). Failures are rate-limited per e-mail and IP.
 */
export async function login({ email, password }: LoginRequest, ip: string, previous?: LoadedSession): Promise<SignIn> {
  await assertNotLimited(email, ip)
  const user = await db().user.findUnique({ where: { email } })
  const ok = await verifyPassword(user?.passwordHash, password)
  if (!user || !ok || user.archivedAt) {
    await recordFailure(email, ip)
    throw wrongCredentials()
  }
  await clearFailures(email)
  const secondFactor: SessionStage | null = user.totpEnabledAt ? 'totp-required' : user.role === 'opk_staff' ? 'totp-setup-required' : null
  if (!secondFactor) return completeSignIn(user.id, previous)
  if (previous) await endSession(previous.id)
  const { token } = await createSession(null, { pendingUserId: user.id })
  return { token, stage: secondFactor }
}

export async function logout(session?: LoadedSession): Promise<void> {
  if (session) await endSession(session.id)
}

/** The session as the web app sees it. */
export async function sessionInfo(session?: LoadedSession): Promise<SessionInfo> {
  const oidcEnabled = Boolean(process.env.OIDC_ISSUER)
  const userId = session?.actor?.id ?? session?.data.pendingUserId
  if (!session || !userId) return { stage: 'signed-out', user: null, csrfToken: session?.csrfToken ?? null, oidcEnabled }
  const user = await db().user.findUnique({
    where: { id: userId },
    include: { organisations: { select: { organisation: { select: { id: true, name: true } } } } },
  })
  if (!user) return { stage: 'signed-out', user: null, csrfToken: session.csrfToken, oidcEnabled }
  const stage: SessionStage = session.actor ? 'signed-in' : user.totpEnabledAt ? 'totp-required' : 'totp-setup-required'
  return {
    stage,
    csrfToken: session.csrfToken,
    oidcEnabled,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      organisations: user.organisations.map((o) => o.organisation),
      totpEnabled: user.totpEnabledAt !== null,
    },
  }
}

/** Changes the signed-in user's password; every other session of the user ends, this one gets a new id. */
export async function changePassword(session: LoadedSession, { currentPassword, newPassword }: PasswordChange): Promise<SignIn> {
  const actor = session.actor
  if (!actor) throw unauthenticated()
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } })
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw ruleBroken('Det nuvarande lösenordet stämmer inte.', 'currentPassword')
  const problem = passwordProblem(newPassword)
  if (problem) throw ruleBroken(problem, 'newPassword')
  if (newPassword === currentPassword) throw ruleBroken('Det nya lösenordet måste skilja sig från det nuvarande.', 'newPassword')
  await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword), version: { increment: 1 } } })
  await endSessionsOf(user.id)
  const { token } = await createSession(user.id)
  return { token, stage: 'signed-in' }
}

