import { verifyPassword } from '../../auth/passwords'
import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeOrganisation, unique } from '../../test/factories'
import { makeUser, standardSession, type TestSession } from '../../test/users'

const PASSWORD = 'Tre ord och en gran'
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((u) => u.id)
const email = (name = 'person') => `${name}-${unique()}@kommun.test`

/** A signed-in session answers a read for its user; an ended one gets 401. */
const sessionWorks = async (session: TestSession) => (await api(session).get('/api/v1/organisations')).status === 200

/** Signs in through the API (a coordinator needs no second factor). */
const login = (address: string, password = PASSWORD) => api('anonymous').post('/api/v1/auth/login').send({ email: address, password })

/** The audit rows of one user, oldest first. */
const auditOf = (userId: number) => db().auditEvent.findMany({ where: { entity: 'User', entityId: userId }, orderBy: { id: 'asc' } })

describe('GET /api/v1/users', () => {
  it('200: filters by role, organisation and search, pages, leaves the disabled out, and shows no secret', async () => {
    const tag = unique()
    const org = await makeOrganisation({ foreign: true })
    const [a, b] = [await makeUser('coordinator', [org.id]), await makeUser('coordinator', [org.id])]
    const c = await makeUser('steering_group')
    await db().user.update({
      where: { id: a.userId },
      data: { name: `Anna ${tag}`, passwordHash: 'argon2-hemlighet', totpSecret: 'JBSWY3DPEHPK3PXP', recoveryCodes: ['reservkod-digest'] },
    })
    await db().user.update({ where: { id: b.userId }, data: { name: `Bertil ${tag}`, archivedAt: new Date() } })
    await db().user.update({ where: { id: c.userId }, data: { name: `Cecilia ${tag}` } })

    const res = await api().get('/api/v1/users').query({ search: tag })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 2 })
    expect(ids(res)).toEqual([a.userId, c.userId])
    expect(res.body.items[0]).toEqual({
      id: a.userId,
      version: expect.any(Number),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      email: expect.stringContaining('@test.invalid'),
      name: `Anna ${tag}`,
      role: 'coordinator',
      organisations: [{ id: org.id, name: org.name }],
      hasPassword: true,
      totpEnabled: false,
      oidcBound: false,
      lastLoginAt: null,
    })
    for (const secret of ['argon2-hemlighet', 'JBSWY3DPEHPK3PXP', 'reservkod-digest', 'passwordHash', 'totpSecret', 'recoveryCodes'])
      expect(res.text).not.toContain(secret)

    expect(ids(await api().get('/api/v1/users').query({ search: tag, role: 'steering_group' }))).toEqual([c.userId])
    expect(ids(await api().get('/api/v1/users').query({ organisationId: org.id, includeArchived: 'true' }))).toEqual([a.userId, b.userId])
    const paged = await api().get('/api/v1/users').query({ search: tag, includeArchived: 'true', pageSize: 2, page: 2 })
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(ids(paged)).toEqual([c.userId])
  })

  it('200: finds a user by part of the e-mail address', async () => {
    const address = email('kerstin')
    const res = await api().post('/api/v1/users').send({ email: address, name: 'Kerstin', role: 'steering_group' }).expect(201)
    expect(
      ids(
        await api()
          .get('/api/v1/users')
          .query({ search: address.slice(0, -5).toUpperCase() }),
      ),
    ).toEqual([res.body.id])
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const orgs = [await makeOrganisation(), await makeOrganisation()]
    for (let i = 0; i < 20; i++)
      await makeUser(
        'coordinator',
        orgs.map((o) => o.id),
      )
    const count = async (pageSize: number) => {
      const before = queryCount()
      await api().get('/api/v1/users').query({ organisationId: orgs[0].id, pageSize }).expect(200)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get('/api/v1/users').query({ role: 'admin', organisationId: 'x', pageSize: 0, colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['role', 'organisationId', 'pageSize', 'colour'])
  })

  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/users'), 401, 'unauthenticated')
  })

  it('403: coordinators and the steering group may not read the users', async () => {
    expectProblem(await api('coordinator').get('/api/v1/users'), 403, 'forbidden')
    expectProblem(await api('steering').get('/api/v1/users'), 403, 'forbidden')
  })
})

describe('POST /api/v1/users', () => {
  it('201: a coordinator with organisations and a password; stored, audited as the OPK user, without the hash in the history', async () => {
    const [x, y] = [await makeOrganisation({ name: `Botkyrka ${unique()}` }), await makeOrganisation({ name: `Huddinge ${unique()}` })]
    const address = email('samordnare')
    const res = await api()
      .post('/api/v1/users')
      .send({
        email: `  ${address.toUpperCase()} `,
        name: 'Sara Samordnare',
        role: 'coordinator',
        organisationIds: [y.id, x.id],
        password: PASSWORD,
      })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.any(Number),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      email: address,
      name: 'Sara Samordnare',
      role: 'coordinator',
      organisations: [
        { id: x.id, name: x.name },
        { id: y.id, name: y.name },
      ],
      hasPassword: true,
      totpEnabled: false,
      oidcBound: false,
      lastLoginAt: null,
    })
    const row = await db().user.findUniqueOrThrow({
      where: { id: res.body.id },
      include: { organisations: { orderBy: { organisationId: 'asc' } } },
    })
    expect(row).toMatchObject({ email: address, role: 'coordinator', totpSecret: null, recoveryCodes: [] })
    expect(row.organisations.map((o) => o.organisationId)).toEqual([x.id, y.id].sort((p, q) => p - q))
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true)

    const audit = await auditOf(res.body.id)
    expect(audit.map((e) => [e.action, e.userId])).toEqual([['INSERT', standardSession('opk').userId]])
    expect(audit[0].after).toMatchObject({ email: address, role: 'coordinator' })
    expect(audit[0].after).not.toHaveProperty('passwordHash')
    const links = await db().auditEvent.findMany({ where: { entity: 'UserOrganisation', entityId: res.body.id } })
    expect(links.map((e) => [e.action, e.userId])).toEqual([
      ['INSERT', standardSession('opk').userId],
      ['INSERT', standardSession('opk').userId],
    ])
  })

  it('201: OPK staff without organisations or a password (an identity-provider user)', async () => {
    const res = await api()
      .post('/api/v1/users')
      .send({ email: email('opk'), name: 'Olle OPK', role: 'opk_staff' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ role: 'opk_staff', organisations: [], hasPassword: false })
    expect((await db().user.findUniqueOrThrow({ where: { id: res.body.id } })).passwordHash).toBeNull()
  })

  it('400: a bad e-mail address, an unknown role, repeated organisations and unknown fields are named, nothing is written', async () => {
    const before = await db().user.count()
    const res = await api()
      .post('/api/v1/users')
      .send({ email: 'inte-en-adress', name: '', role: 'admin', organisationIds: [1, 1], isAdmin: true, passwordHash: 'x' })
    expectProblem(res, 400, 'validation-failed', ['email', 'name', 'role', 'organisationIds', 'isAdmin', 'passwordHash'])
    expect(await db().user.count()).toBe(before)
  })

  it('409: an e-mail address already in use (whatever its case) is named', async () => {
    const address = email('dubblett')
    await api().post('/api/v1/users').send({ email: address, name: 'Först', role: 'steering_group' }).expect(201)
    const res = await api().post('/api/v1/users').send({ email: address.toUpperCase(), name: 'Sist', role: 'steering_group' })
    expectProblem(res, 409, 'duplicate', ['email'])
    expect(await db().user.count({ where: { email: address } })).toBe(1)
  })

  it('422: a coordinator without organisations; another role with organisations; organisations unknown or archived; nothing is written', async () => {
    const archived = await makeOrganisation()
    await db().organisation.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    const org = await makeOrganisation()
    const before = await db().user.count()
    const send = (body: object) =>
      api()
        .post('/api/v1/users')
        .send({ email: email(), name: 'Namn', ...body })
    expectProblem(await send({ role: 'coordinator' }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await send({ role: 'coordinator', organisationIds: [] }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await send({ role: 'steering_group', organisationIds: [org.id] }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await send({ role: 'opk_staff', organisationIds: [org.id] }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await send({ role: 'coordinator', organisationIds: [org.id, 999999] }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await send({ role: 'coordinator', organisationIds: [archived.id] }), 422, 'rule-violated', ['organisationIds'])
    expect(await db().user.count()).toBe(before)
  })

  it('422: a weak initial password is named, nothing is written', async () => {
    const before = await db().user.count()
    for (const password of ['kort', 'Sommar2025!', '12345678910', 'Qwertyuiop', 'P@ssw0rd']) {
      const res = await api().post('/api/v1/users').send({ email: email(), name: 'Namn', role: 'steering_group', password })
      expectProblem(res, 422, 'rule-violated', ['password'])
    }
    // built from the new user's own e-mail address
    const own = await api()
      .post('/api/v1/users')
      .send({ email: `gunnar.ek-${unique()}@kommun.test`, name: 'Gunnar', role: 'steering_group', password: 'GunnarEk2025!' })
    expectProblem(own, 422, 'rule-violated', ['password'])
    expect(own.body.detail).toMatch(/din e-postadress/)
    expect(await db().user.count()).toBe(before)
  })

  it('403: a coordinator cannot create users, and nothing is written', async () => {
    const before = await db().user.count()
    expectProblem(
      await api('coordinator').post('/api/v1/users').send({ email: email(), name: 'Namn', role: 'opk_staff' }),
      403,
      'forbidden',
    )
    expect(await db().user.count()).toBe(before)
  })
})

describe('GET /api/v1/users/:id', () => {
  it('200, 404 and 400', async () => {
    const user = await makeUser('steering_group')
    expect((await api().get(`/api/v1/users/${user.userId}`)).body).toMatchObject({
      id: user.userId,
      role: 'steering_group',
      organisations: [],
    })
    expectProblem(await api().get('/api/v1/users/999999'), 404, 'not-found')
    expectProblem(await api().get('/api/v1/users/abc'), 400, 'validation-failed', ['id'])
  })

  it('403: a coordinator may not read a user, not even themselves', async () => {
    expectProblem(await api('coordinator').get(`/api/v1/users/${standardSession('coordinator').userId}`), 403, 'forbidden')
  })
})

describe('PATCH /api/v1/users/:id', () => {
  it('200: a new name keeps the user signed in', async () => {
    const user = await makeUser('steering_group')
    const res = await api().patch(`/api/v1/users/${user.userId}`).send({ name: 'Stina Styrgrupp', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Stina Styrgrupp', version: 2 })
    expect(await sessionWorks(user)).toBe(true)
  })

  it('200: a new role ends the user’s sessions', async () => {
    const org = await makeOrganisation()
    const user = await makeUser('coordinator', [org.id])
    expect(await sessionWorks(user)).toBe(true)
    const res = await api().patch(`/api/v1/users/${user.userId}`).send({ role: 'steering_group', organisationIds: [], version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ role: 'steering_group', organisations: [], version: 2 })
    expect(await db().userOrganisation.count({ where: { userId: user.userId } })).toBe(0)
    expectProblem(await api(user).get('/api/v1/organisations'), 401, 'unauthenticated')
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0)
  })

  it('200: other organisations end the user’s sessions; only the links that changed are written', async () => {
    const [keep, drop, add] = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()]
    const user = await makeUser('coordinator', [keep.id, drop.id])
    expect(await sessionWorks(user)).toBe(true)
    const res = await api()
      .patch(`/api/v1/users/${user.userId}`)
      .send({ organisationIds: [add.id, keep.id], version: 1 })
    expect(res.status).toBe(200)
    expect(res.body.organisations.map((o: { id: number }) => o.id).sort()).toEqual([keep.id, add.id].sort())
    expect(await sessionWorks(user)).toBe(false)
    const links = await db().auditEvent.findMany({
      where: { entity: 'UserOrganisation', entityId: user.userId, userId: standardSession('opk').userId },
    })
    expect(links.map((e) => [e.action, ((e.before ?? e.after) as { organisationId: number }).organisationId]).sort()).toEqual([
      ['DELETE', drop.id],
      ['INSERT', add.id],
    ])
  })

  it('200: the same organisations in another order change nothing and end no session', async () => {
    const [x, y] = [await makeOrganisation(), await makeOrganisation()]
    const user = await makeUser('coordinator', [x.id, y.id])
    await api()
      .patch(`/api/v1/users/${user.userId}`)
      .send({ organisationIds: [y.id, x.id], version: 1 })
      .expect(200)
    expect(await sessionWorks(user)).toBe(true)
  })

  it('200: a password reset ends the user’s sessions; the new password signs in; the history holds no hash', async () => {
    const org = await makeOrganisation()
    const address = email('aterstall')
    const created = await api()
      .post('/api/v1/users')
      .send({ email: address, name: 'Åsa', role: 'coordinator', organisationIds: [org.id], password: PASSWORD })
      .expect(201)
    const signedIn = await login(address)
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.stage).toBe('signed-in')
    const cookie = signedIn.headers['set-cookie']
    expect((await api('anonymous').get('/api/v1/organisations').set('Cookie', cookie)).status).toBe(200)

    const res = await api().patch(`/api/v1/users/${created.body.id}`).send({ password: 'Ett helt nytt lösenord', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ hasPassword: true, version: 2 })
    expectProblem(await api('anonymous').get('/api/v1/organisations').set('Cookie', cookie), 401, 'unauthenticated')
    expect((await login(address, 'Ett helt nytt lösenord')).status).toBe(200)

    const audit = await auditOf(created.body.id)
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['INSERT', 'UPDATE']))
    for (const secret of ['passwordHash', 'totpSecret', 'recoveryCodes', 'totpLastStep']) {
      const [{ n }] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent"
        WHERE entity = 'User' AND (coalesce("before" ? ${secret}, false) OR coalesce("after" ? ${secret}, false))`
      expect([secret, n]).toEqual([secret, 0])
    }
  })

  it('409: a stale version is refused with the current one, the row and the sessions are unchanged', async () => {
    const org = await makeOrganisation()
    const user = await makeUser('coordinator', [org.id])
    await api().patch(`/api/v1/users/${user.userId}`).send({ name: 'Först', version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/users/${user.userId}`).send({ role: 'steering_group', organisationIds: [], version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect(await db().user.findUniqueOrThrow({ where: { id: user.userId } })).toMatchObject({ name: 'Först', role: 'coordinator' })
    expect(await sessionWorks(user)).toBe(true)
  })

  it('422: rules on role and organisations as they would be stored; a weak password; nothing changes', async () => {
    const org = await makeOrganisation()
    const coordinator = await makeUser('coordinator', [org.id])
    const steering = await makeUser('steering_group')
    const patch = (session: TestSession, body: object) =>
      api()
        .patch(`/api/v1/users/${session.userId}`)
        .send({ version: 1, ...body })
    expectProblem(await patch(coordinator, { role: 'opk_staff' }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await patch(coordinator, { organisationIds: [] }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await patch(coordinator, { organisationIds: [999999] }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await patch(steering, { role: 'coordinator' }), 422, 'rule-violated', ['organisationIds'])
    expectProblem(await patch(steering, { password: 'lösenord1' }), 422, 'rule-violated', ['password'])
    expect(await db().user.findUniqueOrThrow({ where: { id: coordinator.userId } })).toMatchObject({ role: 'coordinator', version: 1 })
    expect(await db().user.findUniqueOrThrow({ where: { id: steering.userId } })).toMatchObject({
      role: 'steering_group',
      version: 1,
      passwordHash: null,
    })
    expect([await sessionWorks(coordinator), await sessionWorks(steering)]).toEqual([true, true])
  })

  it('422: OPK staff change neither their own role nor their own password here', async () => {
    const me = standardSession('opk').userId
    const { version } = await db().user.findUniqueOrThrow({ where: { id: me } })
    expectProblem(await api().patch(`/api/v1/users/${me}`).send({ role: 'steering_group', version }), 422, 'rule-violated', ['role'])
    expectProblem(await api().patch(`/api/v1/users/${me}`).send({ password: 'Ett helt nytt lösenord', version }), 422, 'rule-violated', [
      'password',
    ])
    expect((await db().user.findUniqueOrThrow({ where: { id: me } })).role).toBe('opk_staff')
  })

  it('400 without a version or with an e-mail address; 404 for an unknown id', async () => {
    const user = await makeUser('steering_group')
    expectProblem(await api().patch(`/api/v1/users/${user.userId}`).send({ name: 'X' }), 400, 'validation-failed', ['version'])
    expectProblem(
      await api().patch(`/api/v1/users/${user.userId}`).send({ email: 'ny@kommun.test', version: 1 }),
      400,
      'validation-failed',
      ['email'],
    )
    expectProblem(await api().patch('/api/v1/users/999999').send({ name: 'X', version: 1 }), 404, 'not-found')
  })

  it('403: a coordinator cannot change a user', async () => {
    const user = await makeUser('steering_group')
    expectProblem(await api('coordinator').patch(`/api/v1/users/${user.userId}`).send({ name: 'X', version: 1 }), 403, 'forbidden')
  })
})

describe('POST /api/v1/users/:id/archive and /restore', () => {
  it('archive disables: the sessions end and sign-in is refused; restore lets the user sign in again', async () => {
    const org = await makeOrganisation()
    const address = email('inaktiv')
    const created = await api()
      .post('/api/v1/users')
      .send({ email: address, name: 'Ivar', role: 'coordinator', organisationIds: [org.id], password: PASSWORD })
      .expect(201)
    const cookie = (await login(address).expect(200)).headers['set-cookie']

    const archived = await api().post(`/api/v1/users/${created.body.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String), version: 2 })
    expect(await db().session.count({ where: { userId: created.body.id } })).toBe(0)
    expectProblem(await api('anonymous').get('/api/v1/organisations').set('Cookie', cookie), 401, 'unauthenticated')
    expectProblem(await login(address), 401, 'unauthenticated')

    const restored = await api().post(`/api/v1/users/${created.body.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expect((await login(address)).status).toBe(200)
    const audit = await auditOf(created.body.id)
    expect(audit.filter((e) => e.action === 'UPDATE' && e.userId === standardSession('opk').userId)).toHaveLength(2)
  })

  it('404 for an unknown id; 422 for one’s own account; 403 for a coordinator', async () => {
    expectProblem(await api().post('/api/v1/users/999999/archive'), 404, 'not-found')
    expectProblem(await api().post(`/api/v1/users/${standardSession('opk').userId}/archive`), 422, 'rule-violated')
    expect((await db().user.findUniqueOrThrow({ where: { id: standardSession('opk').userId } })).archivedAt).toBeNull()
    const user = await makeUser('steering_group')
    expectProblem(await api('coordinator').post(`/api/v1/users/${user.userId}/archive`), 403, 'forbidden')
    expect(await sessionWorks(user)).toBe(true)
  })
})
