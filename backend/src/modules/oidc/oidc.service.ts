import { db } from '../../db/prisma'
import { write } from '../../db/write'
import { AppError } from '../../errors'
import { log } from '../../log'
import { authorizationRequest, exchangeCode, oidcEnabled, type OidcIdentity } from '../../auth/oidc'
import { createSession, endSession, type LoadedSession } from '../../auth/sessions'
import { completeSignIn } from '../auth/auth.service'

/** What the login page (`/logga-in?fel=…`) is told when a sign-in over OIDC ends without a session. */
export type OidcRefusal =
  /** the provider's answer did not check out (state, code, ID token) or the provider could not be reached */
  | 'oidc-misslyckades'
  /** nobody here has that identity or e-mail address (or the account is disabled): OPK staff create users */
  | 'oidc-okand'
  /** the e-mail address belongs to an account that signs in with a password, or that is bound to another identity */
  | 'oidc-konto-finns'

/** Where the browser goes next, and what happens to its session cookie. */
export interface OidcOutcome {
  location: string
  cookie: { set: string } | 'clear' | 'keep'
}

const notEnabled = () => new AppError(404, 'not-found', 'Inloggning via organisationens identitetstjänst är inte aktiverad.')
const refused = (reason: OidcRefusal, cookie: OidcOutcome['cookie']): OidcOutcome => {
  log.info('oidc sign-in refused', { reason })
  return { location: `/logga-in?fel=${reason}`, cookie }
}
const errorFields = (error: unknown) => ({
  name: (error as Error)?.name,
  code: (error as { code?: string })?.code,
  message: (error as Error)?.message,
  cause: (error as { cause?: { code?: string } })?.cause?.code,
})

const RETURN_BASE = 'http://return-to.invalid'

/**
 * Where to send the browser after sign-in: only a path on this site (one leading '/', no backslash or control
 * character, nothing that resolves to another origin, not the login page itself); anything else becomes '/'.
 */
export function safeReturnTo(value: string | undefined): string {
  // control characters are exactly what this refuses
  // eslint-disable-next-line no-control-regex
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/'
  const url = new URL(value, RETURN_BASE)
  return url.origin === RETURN_BASE && url.pathname !== '/logga-in' ? url.pathname + url.search + url.hash : '/'
}

/**
 * Starts a sign-in at the organisation's identity provider: a new pre-login session holds state, nonce, PKCE verifier
 * and where to return; the browser goes to the provider. A signed-in browser just goes on to `returnTo`.
 */
export async function startLogin(returnTo: string | undefined, previous?: LoadedSession): Promise<OidcOutcome> {
  if (!oidcEnabled()) throw notEnabled()
  // Already signed in: go on. (A link from another site must not be able to sign anyone out.)
  if (previous?.actor) return { location: safeReturnTo(returnTo), cookie: 'keep' }
  let request: Awaited<ReturnType<typeof authorizationRequest>>
  try {
    request = await authorizationRequest()
  } catch (error) {
    log.error('oidc provider unavailable', errorFields(error))
    return refused('oidc-misslyckades', 'keep')
  }
  if (previous) await endSession(previous.id)
  const { token } = await createSession(null, { oidc: { ...request.checks, returnTo: safeReturnTo(returnTo) } })
  return { location: request.url, cookie: { set: token } }
}

/**
 * The provider's answer (`search`: the callback's query string). The pre-login session is used once and ended whatever
 * the outcome. The user is found by the identity (issuer, subject); the first time, by e-mail: only an account OPK staff
 * created without a password, not disabled and not bound to another identity, which is then bound to this one.
 * Success: a new signed-in session and the browser goes where the sign-in started.
 */
export async function finishLogin(search: string, previous?: LoadedSession): Promise<OidcOutcome> {
  if (!oidcEnabled()) throw notEnabled()
  const pending = previous?.data.oidc
  if (!previous || !pending) return refused('oidc-misslyckades', 'keep')
  await endSession(previous.id)
  if (new URLSearchParams(search).get('state') !== pending.state) return refused('oidc-misslyckades', 'clear')
  let identity: OidcIdentity
  try {
    identity = await exchangeCode(search, pending)
  } catch (error) {
    log.error('oidc code exchange failed', errorFields(error))
    return refused('oidc-misslyckades', 'clear')
  }
  const user = await userFor(identity)
  if (typeof user === 'string') return refused(user, 'clear')
  const { token } = await completeSignIn(user)
  return { location: pending.returnTo, cookie: { set: token } }
}

/** The user with this identity, binding it on first use; or why nobody may sign in with it. */
async function userFor({ issuer, subject, email }: OidcIdentity): Promise<number | OidcRefusal> {
  const bound = await db().user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } } })
  if (bound) return bound.archivedAt ? 'oidc-okand' : bound.id
  if (!email) return 'oidc-okand'
  const user = await db().user.findUnique({ where: { email } })
  if (!user || user.archivedAt) return 'oidc-okand'
  if (user.passwordHash !== null || user.oidcIssuer !== null || user.oidcSubject !== null) return 'oidc-konto-finns'
  // the conditions again in the write: a password set or an identity bound in the meantime wins
  const { count } = await write({ id: user.id }, (tx) =>
    tx.user.updateMany({
      where: { id: user.id, passwordHash: null, oidcIssuer: null, oidcSubject: null, archivedAt: null },
      data: { oidcIssuer: issuer, oidcSubject: subject, version: { increment: 1 } },
    }),
  )
  return count === 1 ? user.id : 'oidc-konto-finns'
}
