import { config } from '../../config'
import type {
  LoginRequest,
  PasswordChange,
  SessionCan,
  SessionInfo,
  SessionStage,
  TotpDisable,
  TotpEnable,
  TotpSetup,
  TotpVerify,
} from '@uppfoljning/contract'
import { admits, REPORT_WRITERS, REVIEWERS, STAFF_MAINTAINED } from '../../auth/access'
import type { Actor } from '../../auth/actor'
import { db } from '../../db/prisma'
import { write } from '../../db/write'
import { hashPassword, needsRehash, verifyPassword } from '../../auth/passwords'
import { createSession, endSession, endSessionsOf, setSessionData, type LoadedSession } from '../../auth/sessions'
import { isTotpCode, newRecoveryCodes, newTotpSecret, otpauthUri, recoveryCodeDigest, totpStep } from '../../auth/totp'
import { AppError, ruleBroken, unauthenticated } from '../../errors'
import { assertNotLimited, clearFailures, recordFailure } from './login-limit'
import { assertStrongPassword } from './new-password'
import { claimTotpStep, forgetTotpSteps } from './totp-steps'

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
  await write({ id: userId }, (tx) => tx.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } }))
  const { token } = await createSession(userId)
  return { token, stage: 'signed-in' }
}

/**
 * Password sign-in. OPK staff, and anyone who has set up two-factor authentication, get a session that waits
 * for the second factor (stage totp-required or totp-setup-required). Failures are rate-limited per e-mail and IP;
 * the count is cleared only when the sign-in is complete, so a known password does not reset the limit on codes.
 */
export async function login({ email, password }: LoginRequest, ip: string, previous?: LoadedSession): Promise<SignIn> {
  await assertNotLimited(email, ip)
  const user = await db().user.findUnique({ where: { email } })
  const ok = await verifyPassword(user?.passwordHash, password)
  if (!user || !ok || user.archivedAt) {
    await recordFailure(email, ip)
    throw wrongCredentials()
  }
  if (needsRehash(user.passwordHash!)) await rehash(user.id, user.passwordHash!, password)
  const secondFactor: SessionStage | null = user.totpEnabledAt ? 'totp-required' : user.role === 'opk_staff' ? 'totp-setup-required' : null
  if (!secondFactor) {
    await clearFailures(email)
    return completeSignIn(user.id, previous)
  }
  if (previous) await endSession(previous.id)
  const { token } = await createSession(null, { pendingUserId: user.id })
  return { token, stage: secondFactor }
}

/**
 * Replaces a hash made with weaker argon2 settings than today's (auth/passwords.ts needsRehash) by one made with
 * today's, now that the password is known to be right. Only if the stored hash is still the one that was checked, so
 * that a password changed meanwhile is never overwritten; the user's version stays (nothing they see changed).
 */
async function rehash(userId: number, checked: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password)
  await write({ id: userId }, (tx) => tx.user.updateMany({ where: { id: userId, passwordHash: checked }, data: { passwordHash } }))
}

export async function logout(session?: LoadedSession): Promise<void> {
  if (session) await endSession(session.id)
}

/** The session as the web app sees it. */
export async function sessionInfo(session?: LoadedSession): Promise<SessionInfo> {
  const oidcEnabled = Boolean(config.OIDC_ISSUER)
  const userId = session?.actor?.id ?? session?.data.pendingUserId
  if (!session || !userId) return { stage: 'signed-out', user: null, csrfToken: session?.csrfToken ?? null, oidcEnabled }
  const user = await db().user.findUnique({
    where: { id: userId },
    include: { organisations: { select: { organisation: { select: { id: true, name: true } } } } },
  })
  if (!user || user.archivedAt) return { stage: 'signed-out', user: null, csrfToken: session.csrfToken, oidcEnabled }
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
      can: sessionCan(session.actor ?? null),
    },
  }
}

/** What the user may start that has no object yet: the routes' own access constants, all false until signed in. */
const sessionCan = (actor: Actor | null): SessionCan => ({
  createReport: admits(REPORT_WRITERS, actor),
  review: admits(REVIEWERS, actor),
  administer: admits(STAFF_MAINTAINED.write, actor),
})

/** Changes the signed-in user's password; every other session of the user ends, this one gets a new id. */
export async function changePassword(session: LoadedSession, { currentPassword, newPassword }: PasswordChange): Promise<SignIn> {
  const actor = session.actor
  if (!actor) throw unauthenticated()
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } })
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw ruleBroken('Det nuvarande lösenordet stämmer inte.', 'currentPassword')
  await assertStrongPassword(newPassword, user.email, 'newPassword')
  if (newPassword === currentPassword) throw ruleBroken('Det nya lösenordet måste skilja sig från det nuvarande.', 'newPassword')
  const passwordHash = await hashPassword(newPassword)
  await write(actor, (tx) => tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } }))
  await endSessionsOf(user.id)
  const { token } = await createSession(user.id)
  return { token, stage: 'signed-in' }
}

const noPendingSignIn = () => unauthenticated('Logga in med e-post och lösenord först.')
const totpOn = () => ruleBroken('Tvåstegsverifiering är redan på.')

/**
 * Sign-in's second step: a code from the app (this 30-second step or the one either side, each step once) or an
 * unused recovery code (then used up). Only a session whose password step passed and whose user has two-factor
 * authentication on. Wrong codes count as failed sign-ins (401, then 429 like the password).
 */
export async function verifyTotp({ code }: TotpVerify, ip: string, session?: LoadedSession): Promise<SignIn> {
  const pendingUserId = session && !session.actor ? session.data.pendingUserId : undefined
  const user = pendingUserId ? await db().user.findUnique({ where: { id: pendingUserId } }) : null
  if (!session || !user || user.archivedAt || !user.totpEnabledAt || !user.totpSecret) throw noPendingSignIn()
  await assertNotLimited(user.email, ip)
  const accepted = isTotpCode(code) ? await acceptCode(user.id, user.totpSecret, code) : await useRecoveryCode(user.id, code)
  if (!accepted) {
    await recordFailure(user.email, ip)
    throw new AppError(401, 'unauthenticated', 'Fel kod. Försök igen med koden som appen visar nu, eller med en reservkod.')
  }
  await clearFailures(user.email)
  return completeSignIn(user.id, session)
}

async function acceptCode(userId: number, secret: string, code: string): Promise<boolean> {
  const step = totpStep(secret, code)
  return step !== null && (await claimTotpStep(userId, step))
}

/** Uses up a recovery code: one statement, so a code cannot be used twice by two requests at once. */
async function useRecoveryCode(userId: number, code: string): Promise<boolean> {
  const digest = recoveryCodeDigest(code)
  const used = await write(
    { id: userId },
    (tx) =>
      tx.$executeRaw`UPDATE "User" SET "recoveryCodes" = array_remove("recoveryCodes", ${digest}::text), "updatedAt" = ${new Date()}
      WHERE "id" = ${userId} AND ${digest}::text = ANY("recoveryCodes")`,
  )
  return used === 1
}

/**
 * Who may set up two-factor authentication in this session: the signed-in user, or the user of a sign-in that waits
 * for the set-up (OPK staff without it). A sign-in that waits for a code cannot set up a new secret instead.
 */
async function enrolling(session?: LoadedSession) {
  const userId = session?.actor?.id ?? session?.data.pendingUserId
  const user = userId ? await db().user.findUnique({ where: { id: userId } }) : null
  if (!session || !user || user.archivedAt) throw unauthenticated()
  if (user.totpEnabledAt) throw session.actor ? totpOn() : noPendingSignIn()
  return { session, user }
}

/**
 * Starts setting up two-factor authentication: a new secret, kept in the session (not on the user) until its first
 * code confirms it (enableTotp). Calling it again replaces the secret.
 */
export async function setupTotp(current?: LoadedSession): Promise<TotpSetup> {
  const { session, user } = await enrolling(current)
  const secret = newTotpSecret()
  await setSessionData(session.id, { ...session.data, totpSetup: secret })
  return { secret, otpauthUri: otpauthUri(secret, user.email) }
}

/**
 * Confirms the secret from setupTotp with a code from the app: stores it on the user with ten new recovery codes
 * (returned once, only their sha256 is kept). A sign-in that waited for the set-up is then complete (a new session).
 */
export async function enableTotp({ code }: TotpEnable, current?: LoadedSession): Promise<{ recoveryCodes: string[]; signIn?: SignIn }> {
  const { session, user } = await enrolling(current)
  const { totpSetup: secret, ...data } = session.data
  if (!secret) throw ruleBroken('Börja om inställningen av tvåstegsverifiering: ingen ny nyckel väntar på en kod.')
  const step = totpStep(secret, code)
  if (step === null) throw ruleBroken('Koden stämmer inte. Kontrollera att telefonens klocka går rätt och försök igen.', 'code')
  const recoveryCodes = newRecoveryCodes()
  const enabled = await write({ id: user.id }, (tx) =>
    tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null },
      data: {
        totpSecret: secret,
        totpEnabledAt: new Date(),
        recoveryCodes: recoveryCodes.map(recoveryCodeDigest),
        version: { increment: 1 },
      },
    }),
  )
  if (enabled.count === 0) throw totpOn()
  await claimTotpStep(user.id, step)
  if (session.actor) {
    await setSessionData(session.id, data)
    return { recoveryCodes }
  }
  await clearFailures(user.email)
  return { recoveryCodes, signIn: await completeSignIn(user.id, session) }
}

/** Turns two-factor authentication off (the password is asked again). OPK staff must keep it. */
export async function disableTotp(actor: Actor, { password }: TotpDisable, session: LoadedSession): Promise<SessionInfo> {
  if (actor.role === 'opk_staff') throw ruleBroken('OPK:s medarbetare måste ha tvåstegsverifiering på.')
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } })
  if (!user.totpEnabledAt) throw ruleBroken('Tvåstegsverifiering är inte på.')
  if (!(await verifyPassword(user.passwordHash, password))) throw ruleBroken('Lösenordet stämmer inte.', 'password')
  await write(actor, (tx) =>
    tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpEnabledAt: null, recoveryCodes: [], version: { increment: 1 } },
    }),
  )
  await forgetTotpSteps(user.id)
  return sessionInfo(session)
}
