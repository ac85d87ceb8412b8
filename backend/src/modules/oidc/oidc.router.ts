// GET /auth/oidc/login?returnTo=/path   start a sign-in at the organisation's identity provider (public; 302 there)
// GET /auth/oidc/callback               the provider's answer (public; 302 to returnTo, or to /logga-in?fel=…)
// Both answer with redirects, not JSON: the browser navigates through them. 404 when OIDC_ISSUER is not set.
import type { Response } from 'express'
import { z } from 'zod'
import { route } from '../../http/route'
import { clearSessionCookie, setSessionCookie } from '../../http/session'
import * as service from './oidc.service'

const tag = 'Inloggning'

const OidcLoginQuery = z.strictObject({
  returnTo: z.string().max(2048).optional().describe('sidan att visa efter inloggningen: en sökväg på den här webbplatsen, t.ex. /planer'),
})
/** Nothing: the route answers with a redirect (http/route.ts sends no body after one). */
const Redirect = z.undefined()

function answer(res: Response, { location, cookie }: service.OidcOutcome): undefined {
  if (cookie === 'clear') clearSessionCookie(res)
  else if (cookie !== 'keep') setSessionCookie(res, cookie.set)
  res.redirect(302, location)
  return undefined
}

export const oidcRoutes = [
  route({
    method: 'get',
    path: '/auth/oidc/login',
    tag,
    summary: 'Logga in via organisationens identitetstjänst (OpenID Connect)',
    access: 'public',
    query: OidcLoginQuery,
    response: Redirect,
    status: 302,
    handler: async ({ query, req, res }) => answer(res, await service.startLogin(query.returnTo, req.session)),
  }),
  route({
    method: 'get',
    path: '/auth/oidc/callback',
    tag,
    summary: 'Svar från organisationens identitetstjänst',
    access: 'public',
    response: Redirect,
    status: 302,
    handler: async ({ req, res }) => {
      const queryStart = req.originalUrl.indexOf('?')
      return answer(res, await service.finishLogin(queryStart < 0 ? '' : req.originalUrl.slice(queryStart), req.session))
    },
  }),
]
