// GET  /auth/session    the current session: stage, user, CSRF token (public)
// POST /auth/login      sign in with e-mail and password (public; rate-limited)
// POST /auth/logout     sign out: the session ends on the server (public)
// POST /auth/password   change the signed-in user's password (every other session ends)
// POST /auth/totp/verify  sign-in's second step: a code from the app or a recovery code (public; rate-limited)
// POST /auth/totp/setup   a new secret to set up two-factor authentication (signed in, or a sign-in waiting for it)
// POST /auth/totp/enable  confirm the secret with a code: recovery codes, and a waiting sign-in completes
// POST /auth/totp/disable turn two-factor authentication off with the password (not for OPK staff)
import {
  LoginRequest,
  PasswordChange,
  SessionInfo,
  TotpDisable,
  TotpEnable,
  TotpEnabled,
  TotpSetup,
  TotpVerify,
} from '@uppfoljning/contract'
import { clearSessionCookie, setSessionCookie } from '../../http/session'
import { route, type RouteInput } from '../../http/route'
import { loadSession } from '../../auth/sessions'
import * as service from './auth.service'

const tag = 'Inloggning'

/** Sets the new session's cookie and answers with the session as it now stands. */
async function answer({ res }: Pick<RouteInput<unknown, unknown, unknown>, 'res'>, signIn: service.SignIn) {
  setSessionCookie(res, signIn.token)
  return service.sessionInfo((await loadSession(signIn.token)) ?? undefined)
}

export const authRoutes = [
  route({
    method: 'get',
    path: '/auth/session',
    tag,
    summary: 'Aktuell session och CSRF-token',
    access: 'public',
    response: SessionInfo,
    handler: ({ req }) => service.sessionInfo(req.session),
  }),
  route({
    method: 'post',
    path: '/auth/login',
    tag,
    summary: 'Logga in med e-post och lösenord',
    access: 'public',
    body: LoginRequest,
    response: SessionInfo,
    handler: async ({ body, req, res }) => answer({ res }, await service.login(body, req.ip ?? 'unknown', req.session)),
  }),
  route({
    method: 'post',
    path: '/auth/logout',
    tag,
    summary: 'Logga ut',
    access: 'public',
    response: SessionInfo,
    handler: async ({ req, res }) => {
      await service.logout(req.session)
      clearSessionCookie(res)
      return service.sessionInfo(undefined)
    },
  }),
  route({
    method: 'post',
    path: '/auth/password',
    tag,
    summary: 'Byt lösenord',
    access: 'signed-in',
    body: PasswordChange,
    response: SessionInfo,
    handler: async ({ body, req, res }) => answer({ res }, await service.changePassword(req.session!, body)),
  }),
  route({
    method: 'post',
    path: '/auth/totp/verify',
    tag,
    summary: 'Logga in: kod från appen eller reservkod',
    access: 'public',
    body: TotpVerify,
    response: SessionInfo,
    handler: async ({ body, req, res }) => answer({ res }, await service.verifyTotp(body, req.ip ?? 'unknown', req.session)),
  }),
  route({
    method: 'post',
    path: '/auth/totp/setup',
    tag,
    summary: 'Börja ställa in tvåstegsverifiering',
    access: 'public',
    response: TotpSetup,
    handler: ({ req }) => service.setupTotp(req.session),
  }),
  route({
    method: 'post',
    path: '/auth/totp/enable',
    tag,
    summary: 'Slå på tvåstegsverifiering med en kod från appen',
    access: 'public',
    body: TotpEnable,
    response: TotpEnabled,
    handler: async ({ body, req, res }) => {
      const { recoveryCodes, signIn } = await service.enableTotp(body, req.session)
      return { recoveryCodes, session: signIn ? await answer({ res }, signIn) : await service.sessionInfo(req.session) }
    },
  }),
  route({
    method: 'post',
    path: '/auth/totp/disable',
    tag,
    summary: 'Stäng av tvåstegsverifiering',
    access: 'signed-in',
    body: TotpDisable,
    response: SessionInfo,
    handler: ({ actor, body, req }) => service.disableTotp(actor, body, req.session!),
  }),
]
