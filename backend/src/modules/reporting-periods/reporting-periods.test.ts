import { db, queryCount } from '../../db/prisma'
import { isoDate } from '../../http/present'
import { api, expectProblem } from '../../test/api'
import { makePeriod, makeStrategy } from '../../test/factories'
import { standardSession } from '../../test/users'

const body = (strategyId: number, overrides: Record<string, unknown> = {}) => ({
  strategyId,
  name: '2025',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  deadline: '2026-02-15',
  ...overrides,
})

const periodsOf = (strategyId: number) => db().reportingPeriod.count({ where: { strategyId } })

describe('GET /api/v1/reporting-periods', () => {
  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/reporting-periods'), 401, 'unauthenticated')
  })

  it("200: lists a strategy's periods by start date, filters by status, pages, and leaves archived out", async () => {
    const strategy = await makeStrategy()
    const late = await db().reportingPeriod.create({
      data: {
        ...body(strategy.id, { name: '2024' }),
        startsOn: new Date('2024-01-01'),
        endsOn: new Date('2024-12-31'),
        deadline: new Date('2025-02-15'),
        status: 'closed',
      },
    })
    const early = await db().reportingPeriod.create({
      data: {
        ...body(strategy.id, { name: '2022' }),
        startsOn: new Date('2022-01-01'),
        endsOn: new Date('2022-12-31'),
        deadline: new Date('2023-02-15'),
        status: 'closed',
      },
    })
    const open = await makePeriod({ strategyId: strategy.id, status: 'open' })
    const archived = await makePeriod({ strategyId: strategy.id, status: 'closed' })
    await db().reportingPeriod.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    await makePeriod() // another strategy's

    const res = await api().get('/api/v1/reporting-periods').query({ strategyId: strategy.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 3 })
    expect(res.body.items.map((p: { id: number }) => p.id)).toEqual([early.id, late.id, open.id])
    expect(res.body.items[0]).toMatchObject({
      strategyId: strategy.id,
      name: '2022',
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
      deadline: '2023-02-15',
      status: 'closed',
    })

    const closed = await api().get('/api/v1/reporting-periods').query({ strategyId: strategy.id, status: 'closed' })
    expect(closed.body.items.map((p: { id: number }) => p.id)).toEqual([early.id, late.id])

    const all = await api()
      .get('/api/v1/reporting-periods')
      .query({ strategyId: strategy.id, includeArchived: 'true', pageSize: 3, page: 2 })
    expect(all.body).toMatchObject({ total: 4, page: 2, pageSize: 3 })
    expect(all.body.items).toHaveLength(1)
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const strategy = await makeStrategy()
    for (let i = 0; i < 20; i++) await makePeriod({ strategyId: strategy.id })
    const count = async (pageSize: number) => {
      const before = queryCount()
      await api().get('/api/v1/reporting-periods').query({ strategyId: strategy.id, pageSize }).expect(200)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get('/api/v1/reporting-periods').query({ strategyId: 'abc', status: 'ajar', colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['strategyId', 'status', 'colour'])
  })
})

describe('POST /api/v1/reporting-periods', () => {
  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const strategy = await makeStrategy()
    const before = await db().reportingPeriod.count()
    expectProblem(await api('coordinator').post('/api/v1/reporting-periods').send(body(strategy.id)), 403, 'forbidden')
    expect(await db().reportingPeriod.count()).toBe(before)
  })

  it('201: creates a planned period and stores it', async () => {
    const strategy = await makeStrategy()
    const res = await api().post('/api/v1/reporting-periods').send(body(strategy.id))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ id: expect.any(Number), ...body(strategy.id), status: 'planned', version: 1, archivedAt: null })
    const row = await db().reportingPeriod.findUniqueOrThrow({ where: { id: res.body.id } })
    expect({ ...row, startsOn: isoDate(row.startsOn), endsOn: isoDate(row.endsOn), deadline: isoDate(row.deadline) }).toMatchObject({
      ...body(strategy.id),
      status: 'planned',
    })
    expect(
      await db().auditEvent.findMany({
        where: { entity: 'ReportingPeriod', entityId: res.body.id },
        select: { userId: true, action: true },
      }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it('201: a one-day period whose deadline is its first day, created open', async () => {
    const strategy = await makeStrategy()
    const res = await api()
      .post('/api/v1/reporting-periods')
      .send(body(strategy.id, { endsOn: '2025-01-01', deadline: '2025-01-01', status: 'open' }))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ startsOn: '2025-01-01', endsOn: '2025-01-01', deadline: '2025-01-01', status: 'open' })
  })

  it('400: malformed dates, a missing name, a bad status and unknown fields are named, nothing is written', async () => {
    const strategy = await makeStrategy()
    const res = await api()
      .post('/api/v1/reporting-periods')
      .send({ strategyId: strategy.id, startsOn: '2025-13-01', endsOn: '31/12/2025', deadline: 20260215, status: 'ajar', colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['name', 'startsOn', 'endsOn', 'deadline', 'status', 'colour'])
    expect(await periodsOf(strategy.id)).toBe(0)
  })

  it('409: a name the strategy already uses, nothing is written; another strategy may use it', async () => {
    const strategy = await makeStrategy()
    await makePeriod({ strategyId: strategy.id, name: '2025' })
    const res = await api().post('/api/v1/reporting-periods').send(body(strategy.id))
    expectProblem(res, 409, 'duplicate', ['name'])
    expect(await periodsOf(strategy.id)).toBe(1)
    const other = await makeStrategy()
    await api().post('/api/v1/reporting-periods').send(body(other.id)).expect(201)
  })

  it('422: a period that ends before it starts, nothing is written', async () => {
    const strategy = await makeStrategy()
    const res = await api()
      .post('/api/v1/reporting-periods')
      .send(body(strategy.id, { startsOn: '2025-06-01', endsOn: '2025-05-31' }))
    expectProblem(res, 422, 'rule-violated', ['endsOn'])
    expect(await periodsOf(strategy.id)).toBe(0)
  })

  it('422: a deadline before the period starts, nothing is written', async () => {
    const strategy = await makeStrategy()
    const res = await api()
      .post('/api/v1/reporting-periods')
      .send(body(strategy.id, { deadline: '2024-12-31' }))
    expectProblem(res, 422, 'rule-violated', ['deadline'])
    expect(await periodsOf(strategy.id)).toBe(0)
  })

  it('422: a strategy that does not exist, nothing is written', async () => {
    const before = await db().reportingPeriod.count()
    const res = await api().post('/api/v1/reporting-periods').send(body(999999))
    expectProblem(res, 422, 'rule-violated', ['strategyId'])
    expect(await db().reportingPeriod.count()).toBe(before)
  })
})

describe('GET /api/v1/reporting-periods/:id', () => {
  it('200 and 404', async () => {
    const period = await makePeriod()
    expect((await api().get(`/api/v1/reporting-periods/${period.id}`)).body).toMatchObject({
      id: period.id,
      name: period.name,
      startsOn: '2025-01-01',
      status: 'open',
    })
    expectProblem(await api().get('/api/v1/reporting-periods/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/reporting-periods/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/reporting-periods/:id', () => {
  it('200: updates name and dates with the current version and bumps it', async () => {
    const period = await makePeriod()
    const res = await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ name: 'Helår 2025', deadline: '2026-03-01', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Helår 2025', startsOn: '2025-01-01', deadline: '2026-03-01', version: 2 })
    const row = await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })
    expect({ name: row.name, deadline: isoDate(row.deadline), endsOn: isoDate(row.endsOn) }).toEqual({
      name: 'Helår 2025',
      deadline: '2026-03-01',
      endsOn: '2025-12-31',
    })
  })

  it('200: planned → open → closed → open (reopened)', async () => {
    const period = await makePeriod({ status: 'planned' })
    for (const [status, version] of [
      ['open', 1],
      ['closed', 2],
      ['open', 3],
    ] as const) {
      const res = await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ status, version })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status, version: version + 1 })
    }
    expect((await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).status).toBe('open')
  })

  it.each([
    ['open', 'planned'],
    ['closed', 'planned'],
    ['planned', 'closed'],
  ] as const)('422: %s → %s is refused, the row is unchanged', async (from, to) => {
    const period = await makePeriod({ status: from })
    const res = await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ status: to, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['status'])
    expect(await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).toMatchObject({ status: from, version: 1 })
  })

  it('422: an end before the stored start, the row is unchanged', async () => {
    const period = await makePeriod()
    const res = await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ endsOn: '2024-12-31', version: 1 })
    expectProblem(res, 422, 'rule-violated', ['endsOn'])
    expect(isoDate((await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).endsOn)).toBe('2025-12-31')
  })

  it('422: a start moved after the stored deadline, the row is unchanged', async () => {
    const period = await makePeriod()
    const res = await api()
      .patch(`/api/v1/reporting-periods/${period.id}`)
      .send({ startsOn: '2026-03-01', endsOn: '2026-04-01', version: 1 })
    expectProblem(res, 422, 'rule-violated', ['deadline'])
    expect(await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).toMatchObject({
      startsOn: new Date('2025-01-01'),
      version: 1,
    })
  })

  it('409: a name another period of the strategy has, the row is unchanged', async () => {
    const period = await makePeriod()
    await makePeriod({ strategyId: period.strategyId, name: 'Upptagen' })
    const res = await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ name: 'Upptagen', version: 1 })
    expectProblem(res, 409, 'duplicate', ['name'])
    expect((await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).name).toBe(period.name)
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const period = await makePeriod()
    await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ name: 'Först', version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ name: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect((await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).name).toBe('Först')
  })

  it('400 without a version or with a strategyId; 404 for an unknown id', async () => {
    const period = await makePeriod()
    expectProblem(
      await api().patch(`/api/v1/reporting-periods/${period.id}`).send({ name: 'X', strategyId: 1 }),
      400,
      'validation-failed',
      ['version', 'strategyId'],
    )
    expectProblem(await api().patch('/api/v1/reporting-periods/999999').send({ name: 'X', version: 1 }), 404, 'not-found')
  })
})

describe('POST /api/v1/reporting-periods/:id/archive and /restore', () => {
  it('archives and restores, never deletes', async () => {
    const period = await makePeriod()
    const archived = await api().post(`/api/v1/reporting-periods/${period.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    expect((await api().get('/api/v1/reporting-periods').query({ strategyId: period.strategyId })).body.total).toBe(0)
    const restored = await api().post(`/api/v1/reporting-periods/${period.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expect(await db().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).toMatchObject({ archivedAt: null })
    expectProblem(await api().post('/api/v1/reporting-periods/999999/archive'), 404, 'not-found')
    expectProblem(await api().post('/api/v1/reporting-periods/999999/restore'), 404, 'not-found')
  })
})
