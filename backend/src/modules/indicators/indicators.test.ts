import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeGoal, makeIndicator, makeMeasure, makeStrategy, unique } from '../../test/factories'
import { standardSession } from '../../test/users'

const fields = (overrides: Record<string, unknown> = {}) => ({
  name: 'Andel kommuner som erbjuder stödsamtal till våldsutövare',
  unit: '%',
  direction: 'increase',
  baselineValue: 60,
  baselineYear: 2019,
  targetValue: 90,
  targetYear: 2026,
  dataSource: 'Socialstyrelsen, Öppna jämförelser',
  ...overrides,
})

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((i) => i.id)

describe('GET /api/v1/indicators', () => {
  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/indicators'), 401, 'unauthenticated')
  })

  it('200: filters by strategy (through goal and measure), goal and measure, and leaves archived out', async () => {
    const strategy = await makeStrategy()
    const goal = await makeGoal({ strategyId: strategy.id })
    const measure = await makeMeasure({ goalId: goal.id })
    const onGoal = await db().indicator.create({ data: { goalId: goal.id, name: 'A', unit: '%', direction: 'increase' } })
    const onMeasure = await db().indicator.create({ data: { measureId: measure.id, name: 'B', unit: '%', direction: 'decrease' } })
    const archived = await db().indicator.create({
      data: { goalId: goal.id, name: 'C', unit: '%', direction: 'increase', archivedAt: new Date() },
    })
    await makeIndicator() // another strategy's

    const res = await api().get('/api/v1/indicators').query({ strategyId: strategy.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 2 })
    expect(res.body.items).toEqual([
      expect.objectContaining({ id: onGoal.id, goalId: goal.id, measureId: null, strategyId: strategy.id }),
      expect.objectContaining({ id: onMeasure.id, goalId: null, measureId: measure.id, strategyId: strategy.id }),
    ])

    expect(ids(await api().get('/api/v1/indicators').query({ goalId: goal.id }))).toEqual([onGoal.id])
    expect(ids(await api().get('/api/v1/indicators').query({ measureId: measure.id }))).toEqual([onMeasure.id])
    const all = await api().get('/api/v1/indicators').query({ strategyId: strategy.id, includeArchived: 'true', pageSize: 2, page: 2 })
    expect(all.body).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(ids(all)).toEqual([archived.id])
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const strategy = await makeStrategy()
    for (let i = 0; i < 10; i++) await makeIndicator({ strategyId: strategy.id })
    for (let i = 0; i < 10; i++) await makeIndicator({ measureId: (await makeMeasure({ strategyId: strategy.id })).id })
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get('/api/v1/indicators').query({ strategyId: strategy.id, pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get('/api/v1/indicators').query({ strategyId: 'abc', goalId: -1, pageSize: 1000, colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['strategyId', 'goalId', 'pageSize', 'colour'])
  })
})

describe('POST /api/v1/indicators', () => {
  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const goal = await makeGoal()
    const before = await db().indicator.count()
    expectProblem(
      await api('coordinator')
        .post('/api/v1/indicators')
        .send({ goalId: goal.id, ...fields() }),
      403,
      'forbidden',
    )
    expect(await db().indicator.count()).toBe(before)
  })

  it('201: creates an indicator on a goal and stores it', async () => {
    const goal = await makeGoal()
    const res = await api()
      .post('/api/v1/indicators')
      .send({ goalId: goal.id, ...fields() })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      goalId: goal.id,
      measureId: null,
      strategyId: goal.strategyId,
      ...fields(),
      description: '',
      version: 1,
      archivedAt: null,
    })
    expect(await db().indicator.findUnique({ where: { id: res.body.id } })).toMatchObject({ goalId: goal.id, measureId: null, ...fields() })
    expect(
      await db().auditEvent.findMany({ where: { entity: 'Indicator', entityId: res.body.id }, select: { userId: true, action: true } }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it("201: creates an indicator on a measure, its strategy taken from the measure's goal", async () => {
    const strategy = await makeStrategy()
    const measure = await makeMeasure({ strategyId: strategy.id })
    const res = await api()
      .post('/api/v1/indicators')
      .send({ measureId: measure.id, goalId: null, name: 'Handläggningstid', unit: 'dagar', direction: 'decrease' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      goalId: null,
      measureId: measure.id,
      strategyId: strategy.id,
      baselineValue: null,
      targetYear: null,
      dataSource: '',
    })
    expect(await db().indicator.findUnique({ where: { id: res.body.id } })).toMatchObject({
      measureId: measure.id,
      goalId: null,
      unit: 'dagar',
    })
  })

  it('400: wrong types, years out of range and unknown fields are named, nothing is written', async () => {
    const goal = await makeGoal()
    const res = await api()
      .post('/api/v1/indicators')
      .send({ goalId: goal.id, name: '', direction: 'up', baselineYear: 1900, targetValue: 'hög', colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['name', 'unit', 'direction', 'baselineYear', 'targetValue', 'colour'])
    expect(await db().indicator.count({ where: { goalId: goal.id } })).toBe(0)
  })

  it('422: both a goal and a measure, nothing is written', async () => {
    const measure = await makeMeasure()
    const res = await api()
      .post('/api/v1/indicators')
      .send({ goalId: measure.goalId, measureId: measure.id, ...fields() })
    expectProblem(res, 422, 'rule-violated', ['goalId'])
    expect(await db().indicator.count({ where: { OR: [{ goalId: measure.goalId }, { measureId: measure.id }] } })).toBe(0)
  })

  it('422: neither a goal nor a measure, nothing is written', async () => {
    const name = `Utan ägare ${unique()}`
    const res = await api()
      .post('/api/v1/indicators')
      .send({ ...fields({ name }), goalId: null })
    expectProblem(res, 422, 'rule-violated', ['goalId'])
    expect(await db().indicator.count({ where: { name } })).toBe(0)
  })

  it('422: a goal that does not exist, nothing is written', async () => {
    const name = `Okänt mål ${unique()}`
    expectProblem(
      await api()
        .post('/api/v1/indicators')
        .send({ goalId: 999999, ...fields({ name }) }),
      422,
      'rule-violated',
      ['goalId'],
    )
    expect(await db().indicator.count({ where: { name } })).toBe(0)
  })

  it('422: a measure that does not exist, nothing is written', async () => {
    const name = `Okänd åtgärd ${unique()}`
    expectProblem(
      await api()
        .post('/api/v1/indicators')
        .send({ measureId: 999999, ...fields({ name }) }),
      422,
      'rule-violated',
      ['measureId'],
    )
    expect(await db().indicator.count({ where: { name } })).toBe(0)
  })

  it('422: a baseline year after the target year, nothing is written', async () => {
    const goal = await makeGoal()
    const res = await api()
      .post('/api/v1/indicators')
      .send({ goalId: goal.id, ...fields({ baselineYear: 2027, targetYear: 2026 }) })
    expectProblem(res, 422, 'rule-violated', ['targetYear'])
    expect(await db().indicator.count({ where: { goalId: goal.id } })).toBe(0)
  })
})

describe('GET /api/v1/indicators/:id', () => {
  it('200 with its strategy, and 404', async () => {
    const strategy = await makeStrategy()
    const indicator = await makeIndicator({ measureId: (await makeMeasure({ strategyId: strategy.id })).id })
    expect((await api().get(`/api/v1/indicators/${indicator.id}`)).body).toMatchObject({
      id: indicator.id,
      name: indicator.name,
      strategyId: strategy.id,
    })
    expectProblem(await api().get('/api/v1/indicators/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/indicators/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/indicators/:id', () => {
  it('200: updates with the current version and bumps it', async () => {
    const indicator = await makeIndicator()
    const res = await api()
      .patch(`/api/v1/indicators/${indicator.id}`)
      .send({ targetValue: 80, targetYear: 2026, baselineYear: 2026, version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ targetValue: 80, targetYear: 2026, baselineYear: 2026, version: 2, strategyId: expect.any(Number) })
    expect(await db().indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ targetValue: 80, version: 2 })
  })

  it('422: a target year before the stored baseline year, the row is unchanged', async () => {
    const indicator = await makeIndicator()
    await db().indicator.update({ where: { id: indicator.id }, data: { baselineYear: 2022 } })
    const res = await api().patch(`/api/v1/indicators/${indicator.id}`).send({ targetYear: 2021, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['targetYear'])
    expect(await db().indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ targetYear: null, version: 1 })
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const indicator = await makeIndicator()
    await api().patch(`/api/v1/indicators/${indicator.id}`).send({ name: 'Först', version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/indicators/${indicator.id}`).send({ name: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect((await db().indicator.findUniqueOrThrow({ where: { id: indicator.id } })).name).toBe('Först')
  })

  it('400 without a version or when moving it to another goal; 404 for an unknown id', async () => {
    const indicator = await makeIndicator()
    expectProblem(await api().patch(`/api/v1/indicators/${indicator.id}`).send({ name: 'X', goalId: 1 }), 400, 'validation-failed', [
      'version',
      'goalId',
    ])
    expectProblem(await api().patch('/api/v1/indicators/999999').send({ name: 'X', version: 1 }), 404, 'not-found')
  })
})

describe('POST /api/v1/indicators/:id/archive and /restore', () => {
  it('archives and restores, never deletes', async () => {
    const indicator = await makeIndicator()
    const archived = await api().post(`/api/v1/indicators/${indicator.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    expect((await api().get('/api/v1/indicators').query({ goalId: indicator.goalId })).body.total).toBe(0)
    const restored = await api().post(`/api/v1/indicators/${indicator.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expect(await db().indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ archivedAt: null })
    expectProblem(await api().post('/api/v1/indicators/999999/archive'), 404, 'not-found')
  })
})
