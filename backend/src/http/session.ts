// The session cookie: read on every request, set at sign-in, cleared at sign-out. CSRF protection for every
// state-changing request: the Origin / Fetch-Metadata check for all, and the session's synchronizer token
// (header X-CSRF-Token) whenever a session exists.
import { timingSafeEqual } from 'node:crypto'
import type { Request, RequestHandler, Response } from 'express'
import { config } from '../config'
import { AppError } from '../errors'
import { loadSession, type LoadedSession } from '../auth/sessions'

const secure = config.PUBLIC_URL?.startsWith('https://') ?? false
/** `__Host-` binds the cookie to this host over TLS (no Domain, Path=/, Secure). */
export const COOKIE = secure ? '__Host-uppf-session' : 'uppf-session'

declare module 'express-serve-static-core' {
  interface Request {
    session?: LoadedSession
  }
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key !== name) continue
    try {
      return decodeURIComponent(value.join('='))
    } catch {
      return undefined // a mangled cookie (`%` alone) is no session, not a 500
    }
  }
  return undefined
}

export function setSessionCookie(res: Response, token: string) {
  res.cookie(COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: config.SESSION_ABSOLUTE_HOURS * 3_600_000 })
}

export function clearSessionCookie(res: Response) {
  res.clearCookie(COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' })
}

export const sessionLoader: RequestHandler = async (req, _res, next) => {
  const token = readCookie(req, COOKIE)
  if (token) req.session = (await loadSession(token)) ?? undefined
  next()
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const csrfFailed = (detail: string) => new AppError(403, 'csrf-failed', detail)

function sameToken(a: string, b: string) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (SAFE.has(req.method)) return next()
  const site = req.headers['sec-fetch-site']
  if (site && site !== 'same-origin' && site !== 'none') throw csrfFailed('Förfrågan kom från en annan webbplats och avvisades.')
  const origin = req.headers.origin
  if (origin && origin !== (config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : `${req.protocol}://${req.headers.host}`))
    throw csrfFailed('Förfrågan kom från en annan webbplats och avvisades.')
  const sent = req.headers['x-csrf-token']
  if (req.session && (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken)))
    throw csrfFailed('Sidan är inaktuell: ladda om den och försök igen.')
  next()
}
