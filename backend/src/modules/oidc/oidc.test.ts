// Sign-in over OpenID Connect against a real provider (oidc-provider, started here on 127.0.0.1) with the app on a real
// port, so that the browser's round trip (app → provider → app) runs over HTTP as it does in production.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { generateKeyPairSync } from 'node:crypto'
import request from 'supertest'
import { CookieJar } from 'tough-cookie'
import * as prisma from '../../db/prisma'
import { hashPassword } from '../../auth/passwords'
import { loadEsm, oidcSettingsProblem } from '../../auth/oidc'
import { api, expectProblem } from '../../test/api'
import { unique } from '../../test/factories'
import { safeReturnTo } from './oidc.service'

const CLIENT = { id: 'uppfoljning-test', secret: 'test-secret-0123456789abcdef0123456789abcdef' }
const CALLBACK = '/api/v1/auth/oidc/callback'

/** The provider's accounts (subject → e-mail); tests change an e-mail to see that the subject is what counts. */
const accounts = new Map<string, { email: string; verified?: boolean }>()
/** who the provider's login page signs in next */
let signingIn = ''
/** how often the app fetched the provider's metadata */
let discoveries = 0

let issuer = ''
let appUrl = ''
const servers: http.Server[] = []
/** the app created with OIDC_* set (config.ts parses process.env when it loads, so it is loaded again, apart, below) */
let enabledApp: http.RequestListener
const savedEnv = { ...process.env }

/**
 * oidc-provider runs outside Jest's sandbox (loaded by Node's own require, see auth/oidc.ts) and deep-merges only plain
 * objects of its own realm: hand it copies made there (functions are kept as they are).
 */
const outer: <T>(value: T) => T = process.getBuiltinModule('node:vm').runInThisContext(`(function copy(value) {
  if (Array.isArray(value)) return value.map(copy)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]))
  return value
})`)

async function listen(): Promise<{ server: http.Server; url: string; handle: (listener: http.RequestListener) => void }> {
  let listener: http.RequestListener = (_req, res) => res.end()
  const server = http.createServer((req, res) => listener(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, handle: (l) => void (listener = l) }
}

beforeAll(async () => {
  const idp = await listen()
  const app = await listen()
  issuer = idp.url
  appUrl = app.url

  const { default: Provider } = await loadEsm<{ default: any }>('oidc-provider')
  const key = {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
    kid: 'test',
    use: 'sig',
    alg: 'RS256',
  }
  const provider = new Provider(
    issuer,
    outer({
      clients: [
        {
          client_id: CLIENT.id,
          client_secret: CLIENT.secret,
          redirect_uris: [`${appUrl}${CALLBACK}`],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      pkce: { required: () => true, methods: ['S256'] },
      conformIdTokenClaims: false, // the e-mail in the ID token itself, as organisations' providers send it
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      findAccount: (_ctx: unknown, sub: string) =>
        accounts.has(sub)
          ? outer({
              accountId: sub,
              claims: async () => outer({ sub, email: accounts.get(sub)!.email, email_verified: accounts.get(sub)!.verified ?? true }),
            })
          : undefined,
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      features: { devInteractions: { enabled: false } },
      jwks: { keys: [key] },
      cookies: { keys: ['test-cookie-key'] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      renderError: (ctx: { type: string; body: string }, out: Record<string, string>) => {
        ctx.type = 'text/plain'
        ctx.body = JSON.stringify(out)
      },
    }),
  )
  // The provider's login page: signs in `signingIn`, then grants what the client asked for.
  async function interaction(req: http.IncomingMessage, res: http.ServerResponse) {
    const details = await provider.interactionDetails(req, res)
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(req, res, outer({ login: { accountId: signingIn } }), outer({ mergeWithLastSubmission: false }))
      return
    }
    const grant = new provider.Grant(outer({ accountId: details.session.accountId, clientId: details.params.client_id }))
    grant.addOIDCScope(details.params.scope)
    await provider.interactionFinished(
      req,
      res,
      outer({ consent: { grantId: await grant.save() } }),
      outer({ mergeWithLastSubmission: true }),
    )
  }
  const callback = provider.callback()
  idp.handle((req, res) => {
    if (req.url?.startsWith('/.well-known/openid-configuration')) discoveries++
    if (!req.url?.startsWith('/interaction/')) return callback(req, res)
    interaction(req, res).catch((error) => {
      res.statusCode = 500
      res.end(String(error))
    })
  })

  Object.assign(process.env, { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret, PUBLIC_URL: appUrl })
  jest.isolateModules(() => {
    // the one Prisma client of the process: a second copy of its WebAssembly engine in the same process breaks both
    jest.doMock('../../db/prisma', () => prisma)
    enabledApp = require('../../app').createApp()
  })
  app.handle(enabledApp)
})

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  for (const name of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL']) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
})

/** A browser: fetch without following redirects, and a cookie jar. */
function browser() {
  const jar = new CookieJar()
  return {
    async get(url: string) {
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: await jar.getCookieString(url) } })
      for (const cookie of res.headers.getSetCookie()) await jar.setCookie(cookie, url)
      return res
    },
    async session() {
      return (await this.get(`${appUrl}/api/v1/auth/session`)).json()
    },
  }
}

/**
 * Signs `subject` in at the provider, starting at our login route, following every redirect up to and including our
 * callback. `alterCallback` may change the callback URL on its way back (an attacker's edit). Returns the callback's answer.
 */
async function signInWith(subject: string, opts: { returnTo?: string; alterCallback?: (url: URL) => void } = {}) {
  const b = browser()
  signingIn = subject
  let url = `${appUrl}/api/v1/auth/oidc/login${opts.returnTo ? `?returnTo=${encodeURIComponent(opts.returnTo)}` : ''}`
  for (let hop = 0; hop < 15; hop++) {
    const res = await b.get(url)
    const location = res.headers.get('location')
    const next = location ? new URL(location, url) : null
    if (url.startsWith(`${appUrl}${CALLBACK}`) || !next || res.status < 300 || res.status >= 400)
      return { res, location, browser: b, callbackUrl: url }
    if (next.href.startsWith(`${appUrl}${CALLBACK}`)) opts.alterCallback?.(next)
    url = next.href
  }
  throw new Error('too many redirects')
}

/** A user as OPK staff create them: no password, so they sign in only through the identity provider. */
async function provisioned(overrides: { passwordHash?: string; archivedAt?: Date } = {}) {
  const email = `oidc-${unique()}@kommun.test`
  const user = await prisma.db().user.create({ data: { email, name: 'Kim Samordnare', role: 'coordinator', ...overrides } })
  const subject = `sub-${unique()}`
  accounts.set(subject, { email })
  return { user, subject, email }
}

describe('GET /api/v1/auth/oidc/login', () => {
  it('302: to the provider with S256, state and nonce; the redirect URI comes from PUBLIC_URL, not from Host', async () => {
    const res = await request(enabledApp).get('/api/v1/auth/oidc/login').query({ returnTo: '/planer?x=1' }).set('Host', 'evil.example')
    expect(res.status).toBe(302)
    const location = new URL(res.headers.location)
    expect(location.origin).toBe(issuer)
    const params = Object.fromEntries(location.searchParams)
    expect(params).toMatchObject({
      client_id: CLIENT.id,
      response_type: 'code',
      redirect_uri: `${appUrl}${CALLBACK}`,
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    })
    expect(params.scope.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']))
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('uppf-session='))
    expect(cookie).toMatch(/HttpOnly/i)
    // the pre-login session keeps the checks and the allow-listed returnTo, and no user yet
    const sessions = await prisma.db().session.findMany({ where: { data: { path: ['oidc', 'state'], equals: params.state } } })
    expect(sessions).toHaveLength(1)
    expect(sessions[0].userId).toBeNull()
    expect(sessions[0].data).toEqual({
      oidc: { state: params.state, nonce: params.nonce, verifier: expect.any(String), returnTo: '/planer?x=1' },
    })
  })

  it('302: an unsafe returnTo is replaced by /', async () => {
    const res = await request(enabledApp).get('/api/v1/auth/oidc/login').query({ returnTo: '//evil.example/x' })
    const state = new URL(res.headers.location).searchParams.get('state')!
    const [session] = await prisma.db().session.findMany({ where: { data: { path: ['oidc', 'state'], equals: state } } })
    expect(session.data).toMatchObject({ oidc: { returnTo: '/' } })
  })

  it('400: unknown query parameters are named', async () => {
    expectProblem(await request(enabledApp).get('/api/v1/auth/oidc/login').query({ colour: 'red' }), 400, 'validation-failed', ['colour'])
  })

  it('302 to /logga-in?fel=oidc-misslyckades: the provider does not answer; no session is created', async () => {
    const closed = await listen()
    await new Promise((resolve) => closed.server.close(resolve))
    let unreachable: http.RequestListener = () => undefined
    process.env.OIDC_ISSUER = closed.url
    jest.isolateModules(() => {
      jest.doMock('../../db/prisma', () => prisma)
      unreachable = require('../../app').createApp()
    })
    process.env.OIDC_ISSUER = issuer
    const before = await prisma.db().session.count()
    const res = await request(unreachable).get('/api/v1/auth/oidc/login')
    expect({ status: res.status, location: res.headers.location, cookie: res.headers['set-cookie'] }).toEqual({
      status: 302,
      location: '/logga-in?fel=oidc-misslyckades',
      cookie: undefined,
    })
    expect(await prisma.db().session.count()).toBe(before)
  })

  it('404: OIDC is not configured (no OIDC_ISSUER)', async () => {
    const res = await api('anonymous').get('/api/v1/auth/oidc/login')
    expectProblem(res, 404, 'not-found')
    expect(res.body.detail).toBe('Inloggning via organisationens identitetstjänst är inte aktiverad.')
  })
})

describe('GET /api/v1/auth/oidc/callback', () => {
  it('302: a user OPK staff created without a password signs in; the identity is bound (and audited) and the session works', async () => {
    const { user, subject } = await provisioned()
    const { res, location, browser: b } = await signInWith(subject, { returnTo: '/planer/3' })
    expect({ status: res.status, location }).toEqual({ status: 302, location: '/planer/3' })

    expect(await b.session()).toMatchObject({ stage: 'signed-in', oidcEnabled: true, user: { id: user.id, role: 'coordinator' } })
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({
      oidcIssuer: issuer,
      oidcSubject: subject,
      passwordHash: null,
      lastLoginAt: expect.any(Date),
    })
    const audit = await prisma
      .db()
      .auditEvent.findMany({ where: { entity: 'User', entityId: user.id, action: 'UPDATE' }, orderBy: { id: 'asc' } })
    expect(audit.find((e) => (e.after as { oidcSubject?: string }).oidcSubject === subject)).toMatchObject({
      userId: user.id,
      before: { oidcSubject: null },
    })
    // only the new signed-in session remains: the pre-login one was ended
    expect(await prisma.db().session.count({ where: { userId: user.id } })).toBe(1)
  })

  it('302: the next sign-in finds the user by issuer and subject, even after their e-mail changed at the provider', async () => {
    const { user, subject } = await provisioned()
    await signInWith(subject)
    accounts.set(subject, { email: `bytt-${unique()}@kommun.test` })
    const { res, location, browser: b } = await signInWith(subject)
    expect({ status: res.status, location }).toEqual({ status: 302, location: '/' })
    expect(await b.session()).toMatchObject({ stage: 'signed-in', user: { id: user.id } })
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({ email: user.email, oidcSubject: subject })
  })

  it("fetches the provider's metadata once, then reuses it", async () => {
    const { subject } = await provisioned()
    await signInWith(subject)
    await signInWith(subject)
    expect(discoveries).toBe(1)
  })

  it('302 to /logga-in?fel=oidc-konto-finns: a local account with a password and the same e-mail is not taken over', async () => {
    const { user, subject } = await provisioned({ passwordHash: await hashPassword('ett långt lösenord') })
    const { res, location, browser: b } = await signInWith(subject)
    expect({ status: res.status, location }).toEqual({ status: 302, location: '/logga-in?fel=oidc-konto-finns' })
    expect(await b.session()).toMatchObject({ stage: 'signed-out', user: null })
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({
      oidcIssuer: null,
      oidcSubject: null,
      lastLoginAt: null,
    })
    expect(await prisma.db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('302 to /logga-in?fel=oidc-konto-finns: an account already bound to another identity is not rebound', async () => {
    const { user, subject } = await provisioned()
    await signInWith(subject)
    const other = `sub-${unique()}`
    accounts.set(other, { email: user.email })
    const { location } = await signInWith(other)
    expect(location).toBe('/logga-in?fel=oidc-konto-finns')
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({ oidcSubject: subject })
  })

  it('302 to /logga-in?fel=oidc-okand: an unknown e-mail gets no session and no user is created', async () => {
    const subject = `sub-${unique()}`
    const email = `okand-${unique()}@kommun.test`
    accounts.set(subject, { email })
    const { location, browser: b } = await signInWith(subject)
    expect(location).toBe('/logga-in?fel=oidc-okand')
    expect(await b.session()).toMatchObject({ stage: 'signed-out' })
    expect(await prisma.db().user.count({ where: { OR: [{ email }, { oidcSubject: subject }] } })).toBe(0)
  })

  it('302 to /logga-in?fel=oidc-okand: an e-mail the provider says is not verified does not bind an account', async () => {
    const { user, subject, email } = await provisioned()
    accounts.set(subject, { email, verified: false })
    const { location } = await signInWith(subject)
    expect(location).toBe('/logga-in?fel=oidc-okand')
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({ oidcSubject: null })
  })

  it('302 to /logga-in?fel=oidc-okand: a disabled user cannot sign in', async () => {
    const { user, subject } = await provisioned({ archivedAt: new Date() })
    const { location } = await signInWith(subject)
    expect(location).toBe('/logga-in?fel=oidc-okand')
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({ oidcSubject: null })
  })

  it('302 to /logga-in?fel=oidc-misslyckades: a tampered state is refused and the pre-login session ends', async () => {
    const { user, subject } = await provisioned()
    const { location, browser: b } = await signInWith(subject, { alterCallback: (url) => url.searchParams.set('state', 'forged') })
    expect(location).toBe('/logga-in?fel=oidc-misslyckades')
    expect(await b.session()).toMatchObject({ stage: 'signed-out', csrfToken: null })
    expect(await prisma.db().user.findUnique({ where: { id: user.id } })).toMatchObject({ oidcSubject: null, lastLoginAt: null })
  })

  it('302 to /logga-in?fel=oidc-misslyckades: a callback replayed (state used once) or without a pre-login session is refused', async () => {
    const { user, subject } = await provisioned()
    const first = await signInWith(subject)
    expect(first.location).toBe('/')
    const replay = await first.browser.get(first.callbackUrl)
    expect({ status: replay.status, location: replay.headers.get('location') }).toEqual({
      status: 302,
      location: '/logga-in?fel=oidc-misslyckades',
    })
    const stranger = await browser().get(first.callbackUrl)
    expect(stranger.headers.get('location')).toBe('/logga-in?fel=oidc-misslyckades')
    expect(await prisma.db().session.count({ where: { userId: user.id } })).toBe(1)
  })

  it('302 to /logga-in?fel=oidc-misslyckades: a forged code is refused by the provider', async () => {
    const { user, subject } = await provisioned()
    const { location } = await signInWith(subject, { alterCallback: (url) => url.searchParams.set('code', 'forged') })
    expect(location).toBe('/logga-in?fel=oidc-misslyckades')
    expect(await prisma.db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('404: OIDC is not configured (no OIDC_ISSUER)', async () => {
    const res = await api('anonymous').get('/api/v1/auth/oidc/callback?code=x&state=y')
    expectProblem(res, 404, 'not-found')
    expect(res.body.detail).toBe('Inloggning via organisationens identitetstjänst är inte aktiverad.')
  })
})

describe('safeReturnTo', () => {
  it.each([
    ['/planer/3?flik=aktiviteter#a', '/planer/3?flik=aktiviteter#a'],
    ['/', '/'],
    [undefined, '/'],
    ['', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['planer', '/'],
    ['/\t/evil.example', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/logga-in?fel=oidc-okand', '/'],
  ])('%j → %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected)
  })
})

describe('OIDC settings', () => {
  const base = {
    OIDC_ISSUER: 'https://login.region.test',
    OIDC_CLIENT_ID: 'uppf',
    PUBLIC_URL: 'https://uppf.region.test',
    NODE_ENV: 'production' as const,
  }
  it.each([
    ['off without OIDC_ISSUER', { OIDC_ISSUER: undefined }, null],
    ['https in production', {}, null],
    ['http on 127.0.0.1 outside production', { OIDC_ISSUER: 'http://127.0.0.1:4000', NODE_ENV: 'development' as const }, null],
    ['http on localhost in production', { OIDC_ISSUER: 'http://localhost:4000' }, /https/],
    ['http elsewhere', { OIDC_ISSUER: 'http://login.region.test', NODE_ENV: 'development' as const }, /https/],
    ['no client id', { OIDC_CLIENT_ID: undefined }, /OIDC_CLIENT_ID/],
    ['no PUBLIC_URL', { PUBLIC_URL: undefined }, /PUBLIC_URL/],
  ])('%s', (_name, change, expected) => {
    const problem = oidcSettingsProblem({ ...base, ...change })
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toMatch(expected)
  })
})
