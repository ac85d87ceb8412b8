import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeOrganisation, unique } from '../../test/factories'
import { standardSession } from '../../test/users'

describe('GET /api/v1/organisations', () => {
  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/organisations'), 401, 'unauthenticated')
  })

  it('200: lists by kind and name search, pages, and leaves archived out', async () => {
    const tag = unique()
    const [a, b] = [await makeOrganisation({ name: `Alfa ${tag}` }), await makeOrganisation({ name: `Beta ${tag}` })]
    await makeOrganisation({ name: `Gamma ${tag}`, kind: 'authority' })
    await db().organisation.update({ where: { id: b.id }, data: { archivedAt: new Date() } })

    const res = await api().get('/api/v1/organisations').query({ kind: 'municipality', search: tag })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 1 })
    expect(res.body.items.map((o: { id: number }) => o.id)).toEqual([a.id])

    const all = await api().get('/api/v1/organisations').query({ search: tag, includeArchived: 'true', pageSize: 2, page: 2 })
    expect(all.body).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(all.body.items).toHaveLength(1)
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const tag = unique()
    for (let i = 0; i < 20; i++) await makeOrganisation({ name: `N ${tag} ${i}` })
    const count = async (pageSize: number) => {
      const before = queryCount()
      await api().get('/api/v1/organisations').query({ search: tag, pageSize }).expect(200)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get('/api/v1/organisations').query({ kind: 'planet', pageSize: 1000, colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['kind', 'pageSize', 'colour'])
  })
})

describe('POST /api/v1/organisations', () => {
  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const before = await db().organisation.count()
    expectProblem(
      await api('coordinator').post('/api/v1/organisations').send({ kind: 'authority', name: 'Kriminalvården' }),
      403,
      'forbidden',
    )
    expect(await db().organisation.count()).toBe(before)
  })

  it('201: creates and stores it', async () => {
    const res = await api().post('/api/v1/organisations').send({ kind: 'authority', name: 'Kriminalvården', shortName: 'KVV' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      kind: 'authority',
      name: 'Kriminalvården',
      shortName: 'KVV',
      version: 1,
      archivedAt: null,
    })
    expect(await db().organisation.findUnique({ where: { id: res.body.id } })).toMatchObject({ name: 'Kriminalvården', kind: 'authority' })
    expect(
      await db().auditEvent.findMany({ where: { entity: 'Organisation', entityId: res.body.id }, select: { userId: true, action: true } }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it('400: wrong types, a malformed kommunkod and unknown fields are named, nothing is written', async () => {
    const before = await db().organisation.count()
    const res = await api().post('/api/v1/organisations').send({ kind: 'kommun', name: 42, municipalityCode: '127', isAdmin: true })
    expectProblem(res, 400, 'validation-failed', ['kind', 'name', 'municipalityCode', 'isAdmin'])
    expect(res.body.errors.find((e: { path: string }) => e.path === 'municipalityCode').message).toBe(
      'Kommunkoden ska vara fyra siffror, t.ex. 0127.',
    )
    expect(await db().organisation.count()).toBe(before)
  })

  it('409: a kommunkod already in use', async () => {
    const code = String(1000 + (Date.now() % 8000)).padStart(4, '0')
    await makeOrganisation({ municipalityCode: code })
    const res = await api().post('/api/v1/organisations').send({ kind: 'municipality', name: 'Dubblett', municipalityCode: code })
    expectProblem(res, 409, 'duplicate', ['municipalityCode'])
  })

  it('422: a parent that does not exist', async () => {
    const res = await api().post('/api/v1/organisations').send({ kind: 'district', name: 'Rinkeby-Kista', parentId: 999999 })
    expectProblem(res, 422, 'rule-violated', ['parentId'])
  })
})

describe('GET /api/v1/organisations/:id', () => {
  it('200 and 404', async () => {
    const org = await makeOrganisation()
    expect((await api().get(`/api/v1/organisations/${org.id}`)).body).toMatchObject({ id: org.id, name: org.name })
    expectProblem(await api().get('/api/v1/organisations/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/organisations/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/organisations/:id', () => {
  it('200: updates with the current version and bumps it', async () => {
    const org = await makeOrganisation()
    const res = await api().patch(`/api/v1/organisations/${org.id}`).send({ name: 'Botkyrka kommun', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Botkyrka kommun', version: 2 })
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const org = await makeOrganisation()
    await api().patch(`/api/v1/organisations/${org.id}`).send({ name: 'Först', version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/organisations/${org.id}`).send({ name: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect((await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).name).toBe('Först')
  })

  it('400 without a version; 404 for an unknown id; 422 for itself as parent', async () => {
    const org = await makeOrganisation()
    expectProblem(await api().patch(`/api/v1/organisations/${org.id}`).send({ name: 'X' }), 400, 'validation-failed', ['version'])
    expectProblem(await api().patch('/api/v1/organisations/999999').send({ name: 'X', version: 1 }), 404, 'not-found')
    expectProblem(await api().patch(`/api/v1/organisations/${org.id}`).send({ parentId: org.id, version: 1 }), 422, 'rule-violated', [
      'parentId',
    ])
  })
})

describe('POST /api/v1/organisations/:id/archive and /restore', () => {
  it('archives and restores, never deletes', async () => {
    const org = await makeOrganisation()
    const archived = await api().post(`/api/v1/organisations/${org.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    const restored = await api().post(`/api/v1/organisations/${org.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expectProblem(await api().post('/api/v1/organisations/999999/archive'), 404, 'not-found')
  })
})
