// The whole sign-in flow as a browser goes through it: cookie, CSRF token, timeouts, the rate limit, two-factor
// authentication. Users are made here with real password hashes; `browser()` keeps the cookie and the CSRF token.
import { createHash } from 'node:crypto'
import request from 'supertest'
import { Secret, TOTP } from 'otpauth'
import type { Role } from '@uppfoljning/contract'
import { createApp } from '../../app'
import { db } from '../../db/prisma'
import { hash } from '@node-rs/argon2'
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from '../../auth/passwords'
import { DEMO_PASSWORD } from '../../db/demo-data'
import { createSession } from '../../auth/sessions'
import { recoveryCodeDigest } from '../../auth/totp'
import { COOKIE } from '../../http/session'
import { expectProblem } from '../../test/api'
import { unique } from '../../test/factories'

const app = createApp()
const PASSWORD = 'tre ord och en mening'
/** a route only signed-in users may call (below /api/v1) */
const SIGNED_IN_ONLY = '/organisations'
let passwordHash: Promise<string> | undefined

/** A user with the password PASSWORD; optionally with two-factor authentication already on. */
async function makeAccount(role: Role, opts: { totpSecret?: string; recoveryCodes?: string[] } = {}) {
  passwordHash ??= hashPassword(PASSWORD)
  const totp = opts.totpSecret
    ? { totpSecret: opts.totpSecret, totpEnabledAt: new Date(), recoveryCodes: (opts.recoveryCodes ?? []).map(recoveryCodeDigest) }
    : {}
  return db().user.create({
    data: { email: `${role}-${unique()}@test.invalid`, name: `Test ${role}`, role, passwordHash: await passwordHash, ...totp },
  })
}

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex')

function cookieOf(res: request.Response): { value: string; attributes: string } | undefined {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${COOKIE}=`))
  if (!header) return undefined
  const [pair, ...attributes] = header.split(';')
  return { value: decodeURIComponent(pair.slice(COOKIE.length + 1)), attributes: attributes.join(';') }
}

/**
 * A browser: sends its session cookie and the CSRF token it last received (from a SessionInfo body), and keeps
 * whatever cookie the app sets or clears.
 */
function browser(target = app) {
  const state: { token?: string; csrf?: string } = {}
  const call = (method: 'get' | 'post') => async (url: string, body?: object) => {
    let test = request(target)[method](`/api/v1${url}`)
    if (state.token) test = test.set('Cookie', `${COOKIE}=${state.token}`)
    if (state.csrf) test = test.set('X-CSRF-Token', state.csrf)
    const res = body ? await test.send(body) : await test
    const cookie = cookieOf(res)
    if (cookie) state.token = cookie.value || undefined
    const info = res.body?.session ?? res.body
    if (info && 'csrfToken' in info) state.csrf = info.csrfToken ?? undefined
    return res
  }
  return {
    state,
    get: call('get'),
    post: call('post'),
    login: (email: string, password = PASSWORD) => call('post')('/auth/login', { email, password }),
  }
}

/** A browser that has signed in with the password (and, when the user has it, a code from the app). */
async function signedIn(email: string, secret?: string) {
  const b = browser()
  expect((await b.login(email)).status).toBe(200)
  if (secret) expect((await b.post('/auth/totp/verify', { code: codeAt(secret, Date.now()) })).body.stage).toBe('signed-in')
  return b
}

/**
 * Freezes Date.now (which the TOTP check reads) in the middle of a 30-second step, so that a test's codes never
 * straddle a step boundary. Returns the frozen moment; `at(ms)` moves the clock.
 */
function freezeClock() {
  const now = Math.floor(Date.now() / 30_000) * 30_000 + 15_000
  const spy = jest.spyOn(Date, 'now').mockReturnValue(now)
  return { now, at: (ms: number) => spy.mockReturnValue(ms) }
}

const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp })
/** A six-digit code that is none of the codes valid at `timestamp` (this step and the ones either side). */
function wrongCodeAt(secret: string, timestamp: number) {
  const valid = [-30_000, 0, 30_000].map((offset) => codeAt(secret, timestamp + offset))
  let n = 0
  while (valid.includes(String(n).padStart(6, '0'))) n++
  return String(n).padStart(6, '0')
}
const newSecret = () => new Secret({ size: 20 }).base32

// Every request here comes from the same address: start each test with the per-IP count at zero.
beforeEach(() => db().loginAttempt.deleteMany({ where: { key: { startsWith: 'ip:' } } }))
afterEach(() => jest.restoreAllMocks())

describe('GET /api/v1/auth/session', () => {
  it('200: without a cookie the browser is signed out and has no CSRF token yet', async () => {
    const res = await browser().get('/auth/session')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ stage: 'signed-out', user: null, csrfToken: null, oidcEnabled: expect.any(Boolean) })
  })

  it('200: a signed-in coordinator sees themselves, their organisations and the CSRF token', async () => {
    const user = await makeAccount('coordinator')
    const organisation = await db().organisation.create({ data: { kind: 'municipality', name: `Kommun ${unique()}` } })
    await db().userOrganisation.create({ data: { userId: user.id, organisationId: organisation.id } })
    const b = await signedIn(user.email)
    const res = await b.get('/auth/session')
    expect(res.body).toEqual({
      stage: 'signed-in',
      csrfToken: b.state.csrf,
      oidcEnabled: expect.any(Boolean),
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        role: 'coordinator',
        organisations: [{ id: organisation.id, name: organisation.name }],
        totpEnabled: false,
        // what a coordinator may start without an object: none of these (their plans say what they may do with them)
        can: { createReport: false, review: false, administer: false },
      },
    })
  })
})

describe('POST /api/v1/auth/login', () => {
  it('200: a coordinator signs in: HttpOnly SameSite=Lax cookie, a new session id, the session before it is gone', async () => {
    const user = await makeAccount('coordinator')
    const before = await createSession(null)
    const b = browser()
    Object.assign(b.state, { token: before.token, csrf: before.csrfToken })

    const res = await b.login(user.email.toUpperCase())
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      stage: 'signed-in',
      user: { id: user.id, role: 'coordinator', totpEnabled: false },
      csrfToken: expect.any(String),
    })
    const cookie = cookieOf(res)!
    expect(cookie.attributes).toMatch(/HttpOnly/)
    expect(cookie.attributes).toMatch(/SameSite=Lax/)
    expect(cookie.attributes).toMatch(/Path=\//)
    expect(cookie.value).not.toBe(before.token)
    expect(res.body.csrfToken).not.toBe(before.csrfToken)

    expect(await db().session.findUnique({ where: { id: sessionId(before.token) } })).toBeNull()
    expect(await db().session.findUnique({ where: { id: sessionId(cookie.value) } })).toMatchObject({
      userId: user.id,
      csrfToken: res.body.csrfToken,
    })
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toEqual(expect.any(Date))
    expect(
      await db().auditEvent.findFirst({ where: { entity: 'User', entityId: user.id, action: 'UPDATE' }, select: { userId: true } }),
    ).toEqual({ userId: user.id })
    expect((await b.get(SIGNED_IN_ONLY)).status).toBe(200)
  })

  it('401: a wrong password gets a Swedish message, and an unknown e-mail exactly the same answer', async () => {
    const user = await makeAccount('coordinator')
    const wrong = await browser().login(user.email, 'fel lösenord helt klart')
    const unknown = await browser().login(`ingen-${unique()}@test.invalid`, PASSWORD)
    expectProblem(wrong, 401, 'unauthenticated')
    expect(wrong.body.detail).toBe('Fel e-postadress eller lösenord.')
    const answer = ({ body }: request.Response) => ({ status: body.status, type: body.type, title: body.title, detail: body.detail })
    expect(answer(unknown)).toEqual(answer(wrong))
    expect(cookieOf(wrong)).toBeUndefined()
  })

  it('401: a disabled (archived) user cannot sign in with the right password', async () => {
    const user = await makeAccount('coordinator')
    await db().user.update({ where: { id: user.id }, data: { archivedAt: new Date() } })
    expectProblem(await browser().login(user.email), 401, 'unauthenticated')
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('429: the sixth failure within 15 minutes is refused in Swedish, even with the right password', async () => {
    const user = await makeAccount('coordinator')
    for (let i = 0; i < 5; i++) expectProblem(await browser().login(user.email, `fel lösenord ${i}`), 401, 'unauthenticated')
    const limited = await browser().login(user.email, 'fel lösenord igen')
    expectProblem(limited, 429, 'too-many-attempts')
    expect(limited.body.detail).toMatch(/^För många misslyckade inloggningar\. Vänta 15 minuter och försök igen\.$/)
    expectProblem(await browser().login(user.email), 429, 'too-many-attempts')
    expect(await db().loginAttempt.findUnique({ where: { key: `email:${user.email}` } })).toMatchObject({ failures: 5 })
  })

  it('200: failures older than 15 minutes no longer count, and a sign-in clears them', async () => {
    const user = await makeAccount('coordinator')
    await db().loginAttempt.create({ data: { key: `email:${user.email}`, failures: 5, windowStart: new Date(Date.now() - 16 * 60_000) } })
    expect((await browser().login(user.email)).status).toBe(200)
    expect(await db().loginAttempt.findUnique({ where: { key: `email:${user.email}` } })).toBeNull()
  })

  it('429: fifty failures from one address stop sign-ins from it for every e-mail', async () => {
    await browser().login(`ingen-${unique()}@test.invalid`, 'fel')
    await db().loginAttempt.updateMany({ where: { key: { startsWith: 'ip:' } }, data: { failures: 50 } })
    const user = await makeAccount('coordinator')
    expectProblem(await browser().login(user.email), 429, 'too-many-attempts')
  })

  it('200: OPK staff without two-factor authentication must set it up: the session is not signed in yet', async () => {
    const user = await makeAccount('opk_staff')
    const b = browser()
    const res = await b.login(user.email)
    expect(res.status).toBe(200)
    // not signed in yet: the session says it may start nothing
    expect(res.body).toMatchObject({
      stage: 'totp-setup-required',
      user: { id: user.id, totpEnabled: false, can: { createReport: false, review: false, administer: false } },
    })
    expect(await db().session.findUnique({ where: { id: sessionId(b.state.token!) } })).toMatchObject({
      userId: null,
      data: { pendingUserId: user.id },
    })
    expectProblem(await b.get(SIGNED_IN_ONLY), 401, 'unauthenticated')
  })

  it('400: names the missing password and the malformed e-mail', async () => {
    expectProblem(await browser().post('/auth/login', { email: 'inte-en-adress' }), 400, 'validation-failed', ['email', 'password'])
  })
})

describe('POST /api/v1/auth/logout', () => {
  it('200: the session ends on the server; the old cookie is worth nothing afterwards', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const token = b.state.token!
    const res = await b.post('/auth/logout')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ stage: 'signed-out', user: null })
    expect(cookieOf(res)).toMatchObject({ value: '', attributes: expect.stringMatching(/Expires=Thu, 01 Jan 1970/) })
    expect(await db().session.findUnique({ where: { id: sessionId(token) } })).toBeNull()

    const replay = request(app).get(`/api/v1${SIGNED_IN_ONLY}`).set('Cookie', `${COOKIE}=${token}`)
    expectProblem(await replay, 401, 'unauthenticated')
  })
})

describe('sessions', () => {
  it('a disabled (archived) user: existing sessions stop working and are removed', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    await db().user.update({ where: { id: user.id }, data: { archivedAt: new Date() } })
    expectProblem(await b.get(SIGNED_IN_ONLY), 401, 'unauthenticated')
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('idle timeout: 30 minutes without a request end the session', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    await db().session.update({ where: { id: sessionId(b.state.token!) }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } })
    expectProblem(await b.get(SIGNED_IN_ONLY), 401, 'unauthenticated')
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('absolute timeout: a session past its end stops working, however active', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    await db().session.update({
      where: { id: sessionId(b.state.token!) },
      data: { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() },
    })
    expectProblem(await b.get(SIGNED_IN_ONLY), 401, 'unauthenticated')
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('a request touches lastSeenAt (at most once a minute), which keeps an active session alive', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const id = sessionId(b.state.token!)
    await db().session.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) } })
    expect((await b.get(SIGNED_IN_ONLY)).status).toBe(200)
    expect((await db().session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('survive an app restart: a second app instance accepts the same cookie (sessions live in PostgreSQL)', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const restarted = browser(createApp())
    Object.assign(restarted.state, b.state)
    expect((await restarted.get(SIGNED_IN_ONLY)).status).toBe(200)
    expect((await restarted.get('/auth/session')).body).toMatchObject({ stage: 'signed-in', user: { id: user.id } })
  })
})

describe('CSRF protection', () => {
  /** A signed-in coordinator and a valid password change they might send. */
  async function setUp() {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const send = () => request(app).post('/api/v1/auth/password').set('Cookie', `${COOKIE}=${b.state.token}`)
    return { user, b, send, body: { currentPassword: PASSWORD, newPassword: 'ett helt annat långt lösenord' } }
  }

  async function expectNothingWritten(user: { id: number; passwordHash: string | null }, token: string) {
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash)
    expect(await db().session.findUnique({ where: { id: sessionId(token) } })).not.toBeNull()
  }

  it('403: a session but no X-CSRF-Token: refused, nothing written', async () => {
    const { user, b, send, body } = await setUp()
    const res = await send().send(body)
    expectProblem(res, 403, 'csrf-failed')
    expect(res.body.detail).toBe('Sidan är inaktuell: ladda om den och försök igen.')
    await expectNothingWritten(user, b.state.token!)
  })

  it('403: a wrong X-CSRF-Token: refused, nothing written', async () => {
    const { user, b, send, body } = await setUp()
    expectProblem(await send().set('X-CSRF-Token', `${b.state.csrf}x`).send(body), 403, 'csrf-failed')
    expectProblem(await send().set('X-CSRF-Token', 'x'.repeat(b.state.csrf!.length)).send(body), 403, 'csrf-failed')
    await expectNothingWritten(user, b.state.token!)
  })

  it('403: Origin of another site, even with the right token', async () => {
    const { user, b, send, body } = await setUp()
    const res = await send().set('X-CSRF-Token', b.state.csrf!).set('Origin', 'https://evil.example').send(body)
    expectProblem(res, 403, 'csrf-failed')
    expect(res.body.detail).toBe('Förfrågan kom från en annan webbplats och avvisades.')
    await expectNothingWritten(user, b.state.token!)
  })

  it('403: Sec-Fetch-Site cross-site, even with the right token', async () => {
    const { user, b, send, body } = await setUp()
    expectProblem(await send().set('X-CSRF-Token', b.state.csrf!).set('Sec-Fetch-Site', 'cross-site').send(body), 403, 'csrf-failed')
    await expectNothingWritten(user, b.state.token!)
  })

  it('403: a cross-site login (no session yet) is refused too, and no session is made', async () => {
    const user = await makeAccount('coordinator')
    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: PASSWORD })
    expectProblem(res, 403, 'csrf-failed')
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('GET needs no token', async () => {
    const { b } = await setUp()
    expect((await request(app).get(`/api/v1${SIGNED_IN_ONLY}`).set('Cookie', `${COOKIE}=${b.state.token}`)).status).toBe(200)
  })
})

describe('POST /api/v1/auth/password', () => {
  const NEW = 'ett helt annat långt lösenord'

  it('401: not signed in', async () => {
    expectProblem(await browser().post('/auth/password', { currentPassword: PASSWORD, newPassword: NEW }), 401, 'unauthenticated')
  })

  it('422 currentPassword: the current password is wrong; nothing written', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const res = await b.post('/auth/password', { currentPassword: 'inte rätt lösenord', newPassword: NEW })
    expectProblem(res, 422, 'rule-violated', ['currentPassword'])
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash)
  })

  it('422 newPassword: a common password such as sommar2024; nothing written', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const res = await b.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'sommar2024' })
    expectProblem(res, 422, 'rule-violated', ['newPassword'])
    expect(res.body.detail).toMatch(/för vanligt/)
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash)
  })

  it("422 newPassword: common and breached passwords in their usual disguises, and words of the organisations and of one's own e-mail; nothing written", async () => {
    for (const name of ['Botkyrka kommun', 'Huddinge kommun'])
      if (!(await db().organisation.findFirst({ where: { name } })))
        await db().organisation.create({ data: { kind: 'municipality', name } })
    const user = await db().user.create({
      data: {
        email: `anna.lindqvist-${unique()}@region.test`,
        name: 'Anna',
        role: 'coordinator',
        passwordHash: await hashPassword(PASSWORD),
      },
    })
    const b = await signedIn(user.email)
    const common = /för vanligt/
    const own = /bygger på ett organisationsnamn eller din e-postadress/
    const cases: [string, RegExp][] = [
      ['Botkyrka2024', own],
      ['huddinge123', own],
      ['BotkyrkaKommun!', own],
      ['AnnaLindqvist1990', own],
      ['Summer2024', common],
      ['Qwertyuiop', common],
      ['P@ssw0rd', common],
      ['P@ssw0rd2024!', common],
      ['2024Sommar!', common],
      ['Lösenord123', common],
      ['4dm1n2024', common],
      ['Iloveyou!', common],
      ['Football1', common],
    ]
    for (const [newPassword, message] of cases) {
      const res = await b.post('/auth/password', { currentPassword: PASSWORD, newPassword })
      expectProblem(res, 422, 'rule-violated', ['newPassword'])
      expect({ newPassword, detail: res.body.detail }).toEqual({ newPassword, detail: expect.stringMatching(message) })
    }
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, version: true } })).toEqual({
      passwordHash: user.passwordHash,
      version: user.version,
    })
  })

  it('200: the demo password of the README and a sentence of words are fine', async () => {
    // for the demo accounts too, whose addresses and organisations share words with it
    const demo = [
      'opk@demo.uppfoljning.se',
      'botkyrka@demo.uppfoljning.se',
      'huddinge@demo.uppfoljning.se',
      'Botkyrka kommun',
      'Huddinge kommun',
      'Polisregion Stockholm',
    ]
    expect(passwordProblem(DEMO_PASSWORD, demo)).toBeNull()
    for (const newPassword of ['Demo-2025!uppf', 'korv med bröd i Botkyrka']) {
      const user = await makeAccount('coordinator')
      const b = await signedIn(user.email)
      expect((await b.post('/auth/password', { currentPassword: PASSWORD, newPassword })).status).toBe(200)
    }
  })

  it('422 newPassword: too short, or the same as the current one', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    expectProblem(await b.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'kort' }), 422, 'rule-violated', ['newPassword'])
    expectProblem(await b.post('/auth/password', { currentPassword: PASSWORD, newPassword: PASSWORD }), 422, 'rule-violated', [
      'newPassword',
    ])
  })

  it('400: names the missing fields', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    expectProblem(await b.post('/auth/password', { current: PASSWORD }), 400, 'validation-failed', [
      'currentPassword',
      'newPassword',
      'current',
    ])
  })

  it('200: the password changes, every other session ends and this one gets a new id', async () => {
    const user = await makeAccount('coordinator')
    const other = await signedIn(user.email)
    const b = await signedIn(user.email)
    const old = b.state.token!
    const res = await b.post('/auth/password', { currentPassword: PASSWORD, newPassword: NEW })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ stage: 'signed-in', user: { id: user.id } })
    expect(b.state.token).not.toBe(old)

    expect(await db().session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: sessionId(b.state.token!) }])
    expectProblem(await other.get(SIGNED_IN_ONLY), 401, 'unauthenticated')
    expect((await b.get(SIGNED_IN_ONLY)).status).toBe(200)
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } })
    expect(stored).toMatchObject({ version: user.version + 1 })
    expect(stored.passwordHash).not.toBe(user.passwordHash)
    expectProblem(await browser().login(user.email), 401, 'unauthenticated')
    expect((await browser().login(user.email, NEW)).status).toBe(200)
  })
})

describe('two-factor authentication: OPK staff enrol at their first sign-in', () => {
  it('login → set-up required → setup → enable → recovery codes, signed in; then a code at every sign-in', async () => {
    const clock = freezeClock()
    const user = await makeAccount('opk_staff')
    const b = browser()
    expect((await b.login(user.email)).body.stage).toBe('totp-setup-required')
    const waiting = b.state.token!

    const setup = await b.post('/auth/totp/setup')
    expect(setup.status).toBe(200)
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(setup.body.otpauthUri).toBe(
      `otpauth://totp/Uppf%C3%B6ljning:${encodeURIComponent(user.email)}?issuer=Uppf%C3%B6ljning&secret=${setup.body.secret}&algorithm=SHA1&digits=6&period=30`,
    )
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null })
    expect((await db().session.findUniqueOrThrow({ where: { id: sessionId(waiting) } })).data).toEqual({
      pendingUserId: user.id,
      totpSetup: setup.body.secret,
    })

    const enabled = await b.post('/auth/totp/enable', { code: codeAt(setup.body.secret, clock.now) })
    expect(enabled.status).toBe(200)
    expect(enabled.body.session).toMatchObject({
      stage: 'signed-in',
      user: { id: user.id, totpEnabled: true, can: { createReport: true, review: true, administer: true } },
    })
    expect(enabled.body.recoveryCodes).toHaveLength(10)
    for (const code of enabled.body.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10)
    expect(b.state.token).not.toBe(waiting)
    expect(await db().session.findUnique({ where: { id: sessionId(waiting) } })).toBeNull()
    expect(await db().session.findUniqueOrThrow({ where: { id: sessionId(b.state.token!) } })).toMatchObject({ userId: user.id })
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } })
    expect(stored).toMatchObject({ totpSecret: setup.body.secret, totpEnabledAt: expect.any(Date), version: user.version + 1 })
    expect(stored.recoveryCodes.sort()).toEqual(enabled.body.recoveryCodes.map(recoveryCodeDigest).sort())
    expect((await b.get(SIGNED_IN_ONLY)).status).toBe(200)

    // the next sign-in asks for a code: a wrong one is refused, the one of the next step works
    clock.at(clock.now + 30_000)
    const next = browser()
    expect((await next.login(user.email)).body).toMatchObject({ stage: 'totp-required', user: { totpEnabled: true } })
    expectProblem(await next.get(SIGNED_IN_ONLY), 401, 'unauthenticated')
    expectProblem(
      await next.post('/auth/totp/verify', { code: wrongCodeAt(stored.totpSecret!, clock.now + 30_000) }),
      401,
      'unauthenticated',
    )
    const pending = next.state.token!
    const verified = await next.post('/auth/totp/verify', { code: codeAt(stored.totpSecret!, clock.now + 30_000) })
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({ stage: 'signed-in', user: { id: user.id } })
    expect(next.state.token).not.toBe(pending)
    expect(await db().session.findUnique({ where: { id: sessionId(pending) } })).toBeNull()
    expect((await next.get(SIGNED_IN_ONLY)).status).toBe(200)
  })

  it('422 code: a wrong first code enables nothing; the sign-in still waits for the set-up', async () => {
    const clock = freezeClock()
    const user = await makeAccount('opk_staff')
    const b = browser()
    await b.login(user.email)
    const { secret } = (await b.post('/auth/totp/setup')).body
    const res = await b.post('/auth/totp/enable', { code: codeAt(secret, clock.now + 90_000) })
    expectProblem(res, 422, 'rule-violated', ['code'])
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      recoveryCodes: [],
      version: user.version,
    })
    expect((await b.get('/auth/session')).body.stage).toBe('totp-setup-required')
  })
})

describe('POST /api/v1/auth/totp/setup', () => {
  it('401: without a session', async () => {
    expectProblem(await browser().post('/auth/totp/setup'), 401, 'unauthenticated')
  })

  it('401: a sign-in that waits for a code cannot set up a new secret instead', async () => {
    const secret = newSecret()
    const user = await makeAccount('opk_staff', { totpSecret: secret })
    const b = browser()
    expect((await b.login(user.email)).body.stage).toBe('totp-required')
    expectProblem(await b.post('/auth/totp/setup'), 401, 'unauthenticated')
    expect((await db().session.findUniqueOrThrow({ where: { id: sessionId(b.state.token!) } })).data).toEqual({ pendingUserId: user.id })
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBe(secret)
  })

  it('422: a signed-in user who already has it', async () => {
    const secret = newSecret()
    freezeClock()
    const user = await makeAccount('coordinator', { totpSecret: secret })
    const b = await signedIn(user.email, secret)
    expectProblem(await b.post('/auth/totp/setup'), 422, 'rule-violated')
  })

  it('200: a signed-in coordinator may set it up; the secret waits in the session, not on the user', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const res = await b.post('/auth/totp/setup')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      secret: expect.stringMatching(/^[A-Z2-7]{32}$/),
      otpauthUri: expect.stringContaining(`&secret=${res.body.secret}&`),
    })
    expect((await db().session.findUniqueOrThrow({ where: { id: sessionId(b.state.token!) } })).data).toEqual({
      totpSetup: res.body.secret,
    })
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBeNull()
  })
})

describe('POST /api/v1/auth/totp/enable', () => {
  it('200: a signed-in coordinator turns it on and stays in the same session', async () => {
    const clock = freezeClock()
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const token = b.state.token!
    const { secret } = (await b.post('/auth/totp/setup')).body
    const res = await b.post('/auth/totp/enable', { code: codeAt(secret, clock.now - 30_000) })
    expect(res.status).toBe(200)
    expect(res.body.recoveryCodes).toHaveLength(10)
    expect(res.body.session).toMatchObject({ stage: 'signed-in', user: { totpEnabled: true } })
    expect(cookieOf(res)).toBeUndefined()
    expect(b.state.token).toBe(token)
    expect((await db().session.findUniqueOrThrow({ where: { id: sessionId(token) } })).data).toEqual({})
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpSecret: secret,
      totpEnabledAt: expect.any(Date),
    })
  })

  it('422: no secret set up first', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    expectProblem(await b.post('/auth/totp/enable', { code: '123456' }), 422, 'rule-violated')
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull()
  })

  it('401: without a session', async () => {
    expectProblem(await browser().post('/auth/totp/enable', { code: '123456' }), 401, 'unauthenticated')
  })

  it('400: the code must be six digits', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    const res = await b.post('/auth/totp/enable', { code: '12345a' })
    expectProblem(res, 400, 'validation-failed', ['code'])
    expect(res.body.errors[0].message).toBe('Ange den sexsiffriga koden från appen.')
  })
})

describe('POST /api/v1/auth/totp/verify', () => {
  /** A coordinator with two-factor authentication on, half-way through signing in. */
  async function waitingForCode(recoveryCodes: string[] = []) {
    const secret = newSecret()
    const user = await makeAccount('coordinator', { totpSecret: secret, recoveryCodes })
    const b = browser()
    expect((await b.login(user.email)).body.stage).toBe('totp-required')
    return { user, secret, b }
  }

  it('200: accepts the code of this step and of the steps either side (clock drift), not two steps away', async () => {
    const clock = freezeClock()
    for (const [offset, ok] of [
      [-30_000, true],
      [0, true],
      [30_000, true],
      [-60_000, false],
      [60_000, false],
    ] as const) {
      const { secret, b } = await waitingForCode()
      const res = await b.post('/auth/totp/verify', { code: codeAt(secret, clock.now + offset) })
      expect({ offset, status: res.status }).toEqual({ offset, status: ok ? 200 : 401 })
    }
  })

  it('401: the same code again (a replay in the same step), though the step after works', async () => {
    const clock = freezeClock()
    const { user, secret, b } = await waitingForCode()
    const code = codeAt(secret, clock.now)
    expect((await b.post('/auth/totp/verify', { code })).status).toBe(200)

    const again = browser()
    await again.login(user.email)
    expectProblem(await again.post('/auth/totp/verify', { code }), 401, 'unauthenticated')
    expectProblem(await again.post('/auth/totp/verify', { code: codeAt(secret, clock.now - 30_000) }), 401, 'unauthenticated')
    clock.at(clock.now + 30_000)
    expect((await again.post('/auth/totp/verify', { code: codeAt(secret, clock.now + 30_000) })).status).toBe(200)
  })

  it('200: a recovery code works instead of a code, once', async () => {
    const { user, b } = await waitingForCode(['abcd-efgh-jkmn', 'pqrs-tuvw-xyz2'])
    const res = await b.post('/auth/totp/verify', { code: 'ABCD-EFGH-JKMN' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ stage: 'signed-in', user: { id: user.id } })
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).recoveryCodes).toEqual([recoveryCodeDigest('pqrs-tuvw-xyz2')])

    const again = browser()
    await again.login(user.email)
    expectProblem(await again.post('/auth/totp/verify', { code: 'abcd-efgh-jkmn' }), 401, 'unauthenticated')
    expect((await again.post('/auth/totp/verify', { code: 'pqrsTUVWxyz2' })).status).toBe(200)
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).recoveryCodes).toEqual([])
  })

  it('401 for each wrong code, then 429 (the sign-in limits), even for the right code', async () => {
    const clock = freezeClock()
    const { user, secret, b } = await waitingForCode(['abcd-efgh-jkmn'])
    const right = codeAt(secret, clock.now)
    const wrong = wrongCodeAt(secret, clock.now)
    for (let i = 0; i < 4; i++) expectProblem(await b.post('/auth/totp/verify', { code: wrong }), 401, 'unauthenticated')
    expectProblem(await b.post('/auth/totp/verify', { code: 'zzzz-zzzz-zzzz' }), 401, 'unauthenticated')
    expectProblem(await b.post('/auth/totp/verify', { code: right }), 429, 'too-many-attempts')
    expectProblem(await b.post('/auth/totp/verify', { code: 'abcd-efgh-jkmn' }), 429, 'too-many-attempts')
    expect(await db().loginAttempt.findUnique({ where: { key: `email:${user.email}` } })).toMatchObject({ failures: 5 })
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('429: signing in with the password again does not reset the count of wrong codes', async () => {
    const clock = freezeClock()
    const { user, secret, b } = await waitingForCode()
    const wrong = wrongCodeAt(secret, clock.now)
    for (let i = 0; i < 4; i++) expectProblem(await b.post('/auth/totp/verify', { code: wrong }), 401, 'unauthenticated')
    expect((await b.login(user.email)).body.stage).toBe('totp-required')
    expectProblem(await b.post('/auth/totp/verify', { code: wrong }), 401, 'unauthenticated')
    expectProblem(await b.login(user.email), 429, 'too-many-attempts')
  })

  it('401: without a sign-in that waits for a code (none, signed in already, or waiting for the set-up)', async () => {
    expectProblem(await browser().post('/auth/totp/verify', { code: '123456' }), 401, 'unauthenticated')
    const coordinator = await makeAccount('coordinator')
    expectProblem(await (await signedIn(coordinator.email)).post('/auth/totp/verify', { code: '123456' }), 401, 'unauthenticated')
    const staff = await makeAccount('opk_staff')
    const b = browser()
    await b.login(staff.email)
    expectProblem(await b.post('/auth/totp/verify', { code: '123456' }), 401, 'unauthenticated')
  })

  it('401: the user was disabled while the sign-in waited', async () => {
    const clock = freezeClock()
    const { user, secret, b } = await waitingForCode()
    await db().user.update({ where: { id: user.id }, data: { archivedAt: new Date() } })
    expectProblem(await b.post('/auth/totp/verify', { code: codeAt(secret, clock.now) }), 401, 'unauthenticated')
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('400: neither six digits nor a recovery code', async () => {
    const { b } = await waitingForCode()
    expectProblem(await b.post('/auth/totp/verify', { code: '12 34' }), 400, 'validation-failed', ['code'])
    expectProblem(await b.post('/auth/totp/verify', {}), 400, 'validation-failed', ['code'])
  })
})

describe('POST /api/v1/auth/totp/disable', () => {
  async function coordinatorWithTotp() {
    freezeClock()
    const secret = newSecret()
    const user = await makeAccount('coordinator', { totpSecret: secret, recoveryCodes: ['abcd-efgh-jkmn'] })
    return { user, b: await signedIn(user.email, secret) }
  }

  it('200: with the password it is off; the next sign-in needs no code', async () => {
    const { user, b } = await coordinatorWithTotp()
    const res = await b.post('/auth/totp/disable', { password: PASSWORD })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ stage: 'signed-in', user: { totpEnabled: false } })
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      recoveryCodes: [],
      version: user.version + 1,
    })
    expect(await db().loginAttempt.findUnique({ where: { key: `totp-step:${user.id}` } })).toBeNull()
    expect((await browser().login(user.email)).body.stage).toBe('signed-in')
  })

  it('422 password: the wrong password; nothing changes', async () => {
    const { user, b } = await coordinatorWithTotp()
    expectProblem(await b.post('/auth/totp/disable', { password: 'inte mitt lösenord' }), 422, 'rule-violated', ['password'])
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpSecret: user.totpSecret,
      totpEnabledAt: user.totpEnabledAt,
    })
  })

  it('422: OPK staff must keep it', async () => {
    freezeClock()
    const secret = newSecret()
    const user = await makeAccount('opk_staff', { totpSecret: secret })
    const b = await signedIn(user.email, secret)
    expectProblem(await b.post('/auth/totp/disable', { password: PASSWORD }), 422, 'rule-violated')
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBe(secret)
  })

  it('422: it is not on', async () => {
    const user = await makeAccount('coordinator')
    const b = await signedIn(user.email)
    expectProblem(await b.post('/auth/totp/disable', { password: PASSWORD }), 422, 'rule-violated')
  })

  it('401: not signed in', async () => {
    expectProblem(await browser().post('/auth/totp/disable', { password: PASSWORD }), 401, 'unauthenticated')
  })
})

describe('argon2 parameters: a hash made with weaker ones is upgraded at the next sign-in', () => {
  it.each([
    ['$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA', false],
    ['$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaA', false],
    ['$argon2id$v=19$m=4096,t=2,p=1$c2FsdHNhbHQ$aGFzaA', true],
    ['$argon2id$v=19$m=19456,t=1,p=1$c2FsdHNhbHQ$aGFzaA', true],
    ['$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA', true],
    ['$argon2d$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA', true],
    ['något annat', true],
  ])('needsRehash(%s) is %s', (stored, expected) => {
    expect(needsRehash(stored)).toBe(expected)
  })

  it.each([
    ['less memory and one iteration (argon2id)', { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 }],
    ['argon2i', { algorithm: 1, memoryCost: 19_456, timeCost: 2, parallelism: 1 }],
  ])(
    "%s: the sign-in works, the stored hash is then made with today's parameters, and the next sign-in still works",
    async (_case, weaker) => {
      const weak = await hash(PASSWORD, weaker)
      const user = await db().user.create({
        data: { email: `coordinator-${unique()}@test.invalid`, name: 'Test', role: 'coordinator', passwordHash: weak },
      })
      // a wrong password changes nothing
      expect((await browser().login(user.email, 'inte rätt lösenord')).status).toBe(401)
      expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(weak)

      expect((await browser().login(user.email)).status).toBe(200)
      const upgraded = await db().user.findUniqueOrThrow({ where: { id: user.id } })
      expect(upgraded.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
      expect(await verifyPassword(upgraded.passwordHash, PASSWORD)).toBe(true)
      expect(upgraded.version).toBe(user.version)

      expect((await browser().login(user.email)).status).toBe(200)
      // already current: not hashed again
      expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(upgraded.passwordHash)
    },
  )
})
