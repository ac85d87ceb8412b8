import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeGoal, makeStrategy } from '../../test/factories'
import { standardSession } from '../../test/users'

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((g) => g.id)

describe('GET /api/v1/goals', () => {
  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/goals'), 401, 'unauthenticated')
  })

  it('200: the goals of a strategy by sortOrder then code, archived left out unless asked', async () => {
    const strategy = await makeStrategy()
    const other = await makeGoal()
    const second = await db().goal.create({ data: { strategyId: strategy.id, code: '2', title: 'Förebygga återfall', sortOrder: 1 } })
    const first = await db().goal.create({ data: { strategyId: strategy.id, code: '1', title: 'Förebygga våld', sortOrder: 1 } })
    const top = await db().goal.create({ data: { strategyId: strategy.id, code: '9', title: 'Först', sortOrder: 0 } })
    const archived = await db().goal.create({
      data: { strategyId: strategy.id, code: '3', title: 'Arkiverat', sortOrder: 5, archivedAt: new Date() },
    })

    const res = await api().get('/api/v1/goals').query({ strategyId: strategy.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 3 })
    expect(ids(res)).toEqual([top.id, first.id, second.id])
    expect(ids(res)).not.toContain(other.id)

    const all = await api().get('/api/v1/goals').query({ strategyId: strategy.id, includeArchived: 'true', pageSize: 2, page: 2 })
    expect(all.body).toMatchObject({ total: 4, page: 2, pageSize: 2 })
    expect(ids(all)).toEqual([second.id, archived.id])
  })

  it('200: the sub-goals of a goal', async () => {
    const goal = await makeGoal({ code: '4' })
    const sub = await makeGoal({ strategyId: goal.strategyId, parentId: goal.id, code: '4.1' })
    await makeGoal({ strategyId: goal.strategyId, code: '5' })
    const res = await api().get('/api/v1/goals').query({ parentId: goal.id })
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(1)
    expect(res.body.items[0]).toMatchObject({ id: sub.id, parentId: goal.id, strategyId: goal.strategyId, code: '4.1' })
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const strategy = await makeStrategy()
    for (let i = 0; i < 20; i++) await makeGoal({ strategyId: strategy.id })
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get('/api/v1/goals').query({ strategyId: strategy.id, pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get('/api/v1/goals').query({ strategyId: 'abc', parentId: -1, pageSize: 1000, colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['strategyId', 'parentId', 'pageSize', 'colour'])
  })
})

describe('POST /api/v1/goals', () => {
  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const strategy = await makeStrategy()
    const before = await db().goal.count()
    expectProblem(
      await api('coordinator').post('/api/v1/goals').send({ strategyId: strategy.id, code: '1', title: 'Förebygga våld' }),
      403,
      'forbidden',
    )
    expect(await db().goal.count()).toBe(before)
  })

  it('201: creates it with defaults and stores it', async () => {
    const strategy = await makeStrategy()
    const res = await api()
      .post('/api/v1/goals')
      .send({ strategyId: strategy.id, code: '3', title: 'Upptäcka tidigt', nationalGoal: 'detection_and_support' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.any(Number),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      strategyId: strategy.id,
      parentId: null,
      code: '3',
      title: 'Upptäcka tidigt',
      description: '',
      preconditions: '',
      nationalGoal: 'detection_and_support',
      sortOrder: 0,
    })
    expect(await db().goal.findUnique({ where: { id: res.body.id } })).toMatchObject({
      strategyId: strategy.id,
      code: '3',
      nationalGoal: 'detection_and_support',
    })
    expect(
      await db().auditEvent.findMany({ where: { entity: 'Goal', entityId: res.body.id }, select: { userId: true, action: true } }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it('201: a sub-goal under a goal of the same strategy', async () => {
    const goal = await makeGoal()
    const res = await api()
      .post('/api/v1/goals')
      .send({ strategyId: goal.strategyId, parentId: goal.id, code: '1.1', title: 'Delmål', sortOrder: 2 })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ parentId: goal.id, sortOrder: 2 })
    expect(await db().goal.findUnique({ where: { id: res.body.id } })).toMatchObject({ parentId: goal.id })
  })

  it('400: wrong types and unknown fields are named, nothing is written', async () => {
    const before = await db().goal.count()
    const res = await api()
      .post('/api/v1/goals')
      .send({ strategyId: 'x', code: '', title: 7, nationalGoal: 'world_peace', sortOrder: -1, owner: 'me' })
    expectProblem(res, 400, 'validation-failed', ['strategyId', 'code', 'title', 'nationalGoal', 'sortOrder', 'owner'])
    expect(await db().goal.count()).toBe(before)
  })

  it('422: a strategy that does not exist, nothing is written', async () => {
    const before = await db().goal.count()
    const res = await api().post('/api/v1/goals').send({ strategyId: 999999, code: '1', title: 'Mål' })
    expectProblem(res, 422, 'rule-violated', ['strategyId'])
    expect(await db().goal.count()).toBe(before)
  })

  it('409: a code already used in the strategy, nothing is written', async () => {
    const goal = await makeGoal({ code: '7' })
    const res = await api().post('/api/v1/goals').send({ strategyId: goal.strategyId, code: '7', title: 'Dubblett' })
    expectProblem(res, 409, 'duplicate', ['code'])
    expect(await db().goal.count({ where: { strategyId: goal.strategyId } })).toBe(1)
  })

  it('201: the same code in another strategy', async () => {
    const goal = await makeGoal({ code: '7' })
    const strategy = await makeStrategy()
    const res = await api().post('/api/v1/goals').send({ strategyId: strategy.id, code: '7', title: 'Samma kod' })
    expect(res.status).toBe(201)
    expect(res.body.id).not.toBe(goal.id)
  })

  it('422: a parent that does not exist, nothing is written', async () => {
    const strategy = await makeStrategy()
    const res = await api().post('/api/v1/goals').send({ strategyId: strategy.id, parentId: 999999, code: '1.1', title: 'Delmål' })
    expectProblem(res, 422, 'rule-violated', ['parentId'])
    expect(await db().goal.count({ where: { strategyId: strategy.id } })).toBe(0)
  })

  it('422: a parent of another strategy, nothing is written', async () => {
    const elsewhere = await makeGoal()
    const strategy = await makeStrategy()
    const res = await api().post('/api/v1/goals').send({ strategyId: strategy.id, parentId: elsewhere.id, code: '1.1', title: 'Delmål' })
    expectProblem(res, 422, 'rule-violated', ['parentId'])
    expect(await db().goal.count({ where: { strategyId: strategy.id } })).toBe(0)
  })
})

describe('GET /api/v1/goals/:id', () => {
  it('200: the goal', async () => {
    const goal = await makeGoal()
    const res = await api().get(`/api/v1/goals/${goal.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: goal.id, strategyId: goal.strategyId, code: goal.code, title: goal.title })
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().get('/api/v1/goals/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/goals/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/goals/:id', () => {
  it('200: updates with the current version and bumps it', async () => {
    const goal = await makeGoal()
    const parent = await makeGoal({ strategyId: goal.strategyId })
    const res = await api()
      .patch(`/api/v1/goals/${goal.id}`)
      .send({ title: 'Skydda och stödja', preconditions: 'Samverkan', parentId: parent.id, sortOrder: 4, version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      title: 'Skydda och stödja',
      preconditions: 'Samverkan',
      parentId: parent.id,
      sortOrder: 4,
      version: 2,
    })
    expect(await db().goal.findUnique({ where: { id: goal.id } })).toMatchObject({
      title: 'Skydda och stödja',
      parentId: parent.id,
      version: 2,
    })
  })

  it('200: keeps its own code, and leaves the parent with null', async () => {
    const parent = await makeGoal()
    const goal = await makeGoal({ strategyId: parent.strategyId, parentId: parent.id, code: '1.1' })
    const res = await api().patch(`/api/v1/goals/${goal.id}`).send({ code: '1.1', parentId: null, version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ code: '1.1', parentId: null })
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const goal = await makeGoal()
    await api().patch(`/api/v1/goals/${goal.id}`).send({ title: 'Först', version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/goals/${goal.id}`).send({ title: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect(await db().goal.findUnique({ where: { id: goal.id } })).toMatchObject({ title: 'Först', version: 2 })
  })

  it('409: a code used by another goal of the strategy, the row is unchanged', async () => {
    const goal = await makeGoal({ code: '1' })
    await makeGoal({ strategyId: goal.strategyId, code: '2' })
    const res = await api().patch(`/api/v1/goals/${goal.id}`).send({ code: '2', version: 1 })
    expectProblem(res, 409, 'duplicate', ['code'])
    expect(await db().goal.findUnique({ where: { id: goal.id } })).toMatchObject({ code: '1', version: 1 })
  })

  it('400: without a version; a goal cannot move to another strategy', async () => {
    const goal = await makeGoal()
    const res = await api().patch(`/api/v1/goals/${goal.id}`).send({ strategyId: 1, sortOrder: 'first' })
    expectProblem(res, 400, 'validation-failed', ['version', 'strategyId', 'sortOrder'])
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().patch('/api/v1/goals/999999').send({ title: 'X', version: 1 }), 404, 'not-found')
  })

  it('422: itself as parent', async () => {
    const goal = await makeGoal()
    expectProblem(await api().patch(`/api/v1/goals/${goal.id}`).send({ parentId: goal.id, version: 1 }), 422, 'rule-violated', ['parentId'])
  })

  it('422: a parent that does not exist', async () => {
    const goal = await makeGoal()
    expectProblem(await api().patch(`/api/v1/goals/${goal.id}`).send({ parentId: 999999, version: 1 }), 422, 'rule-violated', ['parentId'])
  })

  it('422: a parent of another strategy', async () => {
    const goal = await makeGoal()
    const elsewhere = await makeGoal()
    expectProblem(await api().patch(`/api/v1/goals/${goal.id}`).send({ parentId: elsewhere.id, version: 1 }), 422, 'rule-violated', [
      'parentId',
    ])
  })

  it('422: one of its own sub-goals as parent (a loop), the row is unchanged', async () => {
    const goal = await makeGoal()
    const sub = await makeGoal({ strategyId: goal.strategyId, parentId: goal.id })
    const subSub = await makeGoal({ strategyId: goal.strategyId, parentId: sub.id })
    const res = await api().patch(`/api/v1/goals/${goal.id}`).send({ parentId: subSub.id, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['parentId'])
    expect(await db().goal.findUnique({ where: { id: goal.id } })).toMatchObject({ parentId: null, version: 1 })
  })
})

describe('POST /api/v1/goals/:id/archive and /restore', () => {
  it('200: archives and restores, never deletes', async () => {
    const goal = await makeGoal()
    const archived = await api().post(`/api/v1/goals/${goal.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ id: goal.id, archivedAt: expect.any(String), version: 2 })
    expect((await db().goal.findUniqueOrThrow({ where: { id: goal.id } })).archivedAt).not.toBeNull()
    const restored = await api().post(`/api/v1/goals/${goal.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expect((await db().goal.findUniqueOrThrow({ where: { id: goal.id } })).archivedAt).toBeNull()
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().post('/api/v1/goals/999999/archive'), 404, 'not-found')
    expectProblem(await api().post('/api/v1/goals/999999/restore'), 404, 'not-found')
  })
})
