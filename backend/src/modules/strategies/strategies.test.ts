import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeGoal, makeMeasure, makeStrategy } from '../../test/factories'
import { standardSession } from '../../test/users'

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((s) => s.id)

describe('GET /api/v1/strategies', () => {
  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/strategies'), 401, 'unauthenticated')
  })

  it('200: filters by status, leaves archived out unless asked, newest period first', async () => {
    // late years, so that these come first whatever number of strategies other test files left in the shared database
    const older = await makeStrategy({ startYear: 2098, endYear: 2099 })
    const newer = await makeStrategy({ startYear: 2099, endYear: 2100 })
    const draft = await db().strategy.update({
      where: { id: (await makeStrategy({ startYear: 2099, endYear: 2100 })).id },
      data: { status: 'draft' },
    })
    const archived = await db().strategy.update({
      where: { id: (await makeStrategy({ startYear: 2099, endYear: 2100 })).id },
      data: { archivedAt: new Date() },
    })

    const res = await api().get('/api/v1/strategies').query({ status: 'active', pageSize: 200 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 200, total: expect.any(Number) })
    expect(ids(res)).toEqual(expect.arrayContaining([older.id, newer.id]))
    expect(ids(res)).not.toContain(draft.id)
    expect(ids(res)).not.toContain(archived.id)
    expect(ids(res).indexOf(newer.id)).toBeLessThan(ids(res).indexOf(older.id))
    expect(res.body.items.every((s: { status: string }) => s.status === 'active')).toBe(true)

    const all = await api().get('/api/v1/strategies').query({ includeArchived: 'true', pageSize: 200 })
    expect(ids(all)).toEqual(expect.arrayContaining([draft.id, archived.id]))
  })

  it('200: pages through the list', async () => {
    await makeStrategy()
    await makeStrategy()
    const first = await api().get('/api/v1/strategies').query({ pageSize: 1, page: 1 })
    const second = await api().get('/api/v1/strategies').query({ pageSize: 1, page: 2 })
    expect(first.body).toMatchObject({ page: 1, pageSize: 1, total: second.body.total })
    expect(first.body.total).toBeGreaterThanOrEqual(2)
    expect(first.body.items).toHaveLength(1)
    expect(second.body.items).toHaveLength(1)
    expect(ids(first)).not.toEqual(ids(second))
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    for (let i = 0; i < 20; i++) await makeStrategy()
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get('/api/v1/strategies').query({ pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get('/api/v1/strategies').query({ status: 'finished', page: 0, colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['status', 'page', 'colour'])
  })
})

describe('POST /api/v1/strategies', () => {
  const body = {
    name: 'Regional strategi mot våld i nära relationer',
    startYear: 2020,
    endYear: 2026,
    overallGoal: 'Ingen ska utsättas för våld.',
  }

  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const before = await db().strategy.count()
    expectProblem(await api('coordinator').post('/api/v1/strategies').send(body), 403, 'forbidden')
    expect(await db().strategy.count()).toBe(before)
  })

  it('201: creates it as a draft and stores it', async () => {
    const res = await api().post('/api/v1/strategies').send(body)
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.any(Number),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      ...body,
      status: 'draft',
      predecessorId: null,
    })
    expect(await db().strategy.findUnique({ where: { id: res.body.id } })).toMatchObject({ ...body, status: 'draft', predecessorId: null })
    expect(
      await db().auditEvent.findMany({ where: { entity: 'Strategy', entityId: res.body.id }, select: { userId: true, action: true } }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it('201: with a predecessor and a status', async () => {
    const previous = await makeStrategy({ startYear: 2016, endYear: 2020 })
    const res = await api()
      .post('/api/v1/strategies')
      .send({ ...body, status: 'active', predecessorId: previous.id })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'active', predecessorId: previous.id })
    expect(await db().strategy.findUnique({ where: { id: res.body.id } })).toMatchObject({ predecessorId: previous.id, status: 'active' })
  })

  it('400: wrong types, out-of-range years and unknown fields are named, nothing is written', async () => {
    const before = await db().strategy.count()
    const res = await api().post('/api/v1/strategies').send({ name: '  ', startYear: 1999, endYear: '2026', status: 'done', isAdmin: true })
    expectProblem(res, 400, 'validation-failed', ['name', 'startYear', 'endYear', 'overallGoal', 'status', 'isAdmin'])
    expect(await db().strategy.count()).toBe(before)
  })

  it('422: an end year before the start year, nothing is written', async () => {
    const before = await db().strategy.count()
    const res = await api()
      .post('/api/v1/strategies')
      .send({ ...body, startYear: 2026, endYear: 2020 })
    expectProblem(res, 422, 'rule-violated', ['endYear'])
    expect(await db().strategy.count()).toBe(before)
  })

  it('422: a predecessor that does not exist, nothing is written', async () => {
    const before = await db().strategy.count()
    const res = await api()
      .post('/api/v1/strategies')
      .send({ ...body, predecessorId: 999999 })
    expectProblem(res, 422, 'rule-violated', ['predecessorId'])
    expect(await db().strategy.count()).toBe(before)
  })
})

describe('GET /api/v1/strategies/:id', () => {
  it('200: the strategy', async () => {
    const strategy = await makeStrategy()
    const res = await api().get(`/api/v1/strategies/${strategy.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      id: strategy.id,
      name: strategy.name,
      startYear: 2020,
      endYear: 2026,
      status: 'active',
      predecessorId: null,
    })
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().get('/api/v1/strategies/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/strategies/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/strategies/:id', () => {
  it('200: updates with the current version and bumps it', async () => {
    const strategy = await makeStrategy()
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ name: 'Strategi 2020–2027', endYear: 2027, version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Strategi 2020–2027', endYear: 2027, startYear: 2020, version: 2 })
    expect(await db().strategy.findUnique({ where: { id: strategy.id } })).toMatchObject({
      name: 'Strategi 2020–2027',
      endYear: 2027,
      version: 2,
    })
  })

  it('200: the status "archived" is a domain status and leaves archivedAt alone', async () => {
    const strategy = await makeStrategy()
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ status: 'archived', version: 1 })
    expect(res.body).toMatchObject({ status: 'archived', archivedAt: null })
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const strategy = await makeStrategy()
    await api().patch(`/api/v1/strategies/${strategy.id}`).send({ name: 'Först', version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ name: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect(await db().strategy.findUnique({ where: { id: strategy.id } })).toMatchObject({ name: 'Först', version: 2 })
  })

  it('400: without a version, with a bad year and an unknown field', async () => {
    const strategy = await makeStrategy()
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ endYear: 3000, goals: [] })
    expectProblem(res, 400, 'validation-failed', ['version', 'endYear', 'goals'])
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().patch('/api/v1/strategies/999999').send({ name: 'X', version: 1 }), 404, 'not-found')
  })

  it('422: only the end year, moved before the stored start year; the row is unchanged', async () => {
    const strategy = await makeStrategy({ startYear: 2020, endYear: 2026 })
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ endYear: 2019, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['endYear'])
    expect(await db().strategy.findUnique({ where: { id: strategy.id } })).toMatchObject({ endYear: 2026, version: 1 })
  })

  it('422: only the start year, moved after the stored end year', async () => {
    const strategy = await makeStrategy({ startYear: 2020, endYear: 2026 })
    expectProblem(await api().patch(`/api/v1/strategies/${strategy.id}`).send({ startYear: 2027, version: 1 }), 422, 'rule-violated', [
      'endYear',
    ])
  })

  it('422: itself as predecessor', async () => {
    const strategy = await makeStrategy()
    expectProblem(
      await api().patch(`/api/v1/strategies/${strategy.id}`).send({ predecessorId: strategy.id, version: 1 }),
      422,
      'rule-violated',
      ['predecessorId'],
    )
  })

  it('422: a predecessor that does not exist', async () => {
    const strategy = await makeStrategy()
    expectProblem(
      await api().patch(`/api/v1/strategies/${strategy.id}`).send({ predecessorId: 999999, version: 1 }),
      422,
      'rule-violated',
      ['predecessorId'],
    )
  })

  it('422: one of its own successors as predecessor (a loop), the row is unchanged', async () => {
    const first = await makeStrategy({ startYear: 2012, endYear: 2016 })
    const second = await makeStrategy({ startYear: 2016, endYear: 2020, predecessorId: first.id })
    const third = await makeStrategy({ startYear: 2020, endYear: 2026, predecessorId: second.id })
    const res = await api().patch(`/api/v1/strategies/${first.id}`).send({ predecessorId: third.id, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['predecessorId'])
    expect(await db().strategy.findUnique({ where: { id: first.id } })).toMatchObject({ predecessorId: null, version: 1 })
  })

  it('422: another predecessor while its measures replace measures of the current one', async () => {
    const previous = await makeStrategy({ startYear: 2016, endYear: 2020 })
    const other = await makeStrategy({ startYear: 2016, endYear: 2020 })
    const strategy = await makeStrategy({ predecessorId: previous.id })
    const old = await makeMeasure({ strategyId: previous.id })
    const measure = await makeMeasure({ strategyId: strategy.id })
    await db().measureSuccession.create({ data: { measureId: measure.id, predecessorId: old.id } })
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ predecessorId: other.id, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['predecessorId'])
    expect(await db().strategy.findUnique({ where: { id: strategy.id } })).toMatchObject({ predecessorId: previous.id })
  })

  it('200: another predecessor when no measure replaces any', async () => {
    const previous = await makeStrategy({ startYear: 2016, endYear: 2020 })
    const other = await makeStrategy({ startYear: 2016, endYear: 2020 })
    const strategy = await makeStrategy({ predecessorId: previous.id })
    await makeGoal({ strategyId: strategy.id })
    const res = await api().patch(`/api/v1/strategies/${strategy.id}`).send({ predecessorId: other.id, version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ predecessorId: other.id, version: 2 })
  })
})

describe('POST /api/v1/strategies/:id/archive and /restore', () => {
  it('200: archives and restores without touching the status', async () => {
    const strategy = await makeStrategy()
    const archived = await api().post(`/api/v1/strategies/${strategy.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String), status: 'active', version: 2 })
    expect((await db().strategy.findUniqueOrThrow({ where: { id: strategy.id } })).archivedAt).not.toBeNull()
    const restored = await api().post(`/api/v1/strategies/${strategy.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, status: 'active', version: 3 })
    expect((await db().strategy.findUniqueOrThrow({ where: { id: strategy.id } })).archivedAt).toBeNull()
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().post('/api/v1/strategies/999999/archive'), 404, 'not-found')
    expectProblem(await api().post('/api/v1/strategies/999999/restore'), 404, 'not-found')
  })
})
