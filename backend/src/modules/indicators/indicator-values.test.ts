import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeIndicator, makeOrganisation, makePeriod, makeStrategy } from '../../test/factories'
import { standardSession } from '../../test/users'

/** An indicator of a new strategy with an open period of the same strategy. */
async function setUp(periodStatus: 'planned' | 'open' | 'closed' = 'open') {
  const strategy = await makeStrategy()
  const indicator = await makeIndicator({ strategyId: strategy.id })
  const period = await makePeriod({ strategyId: strategy.id, status: periodStatus })
  return { strategy, indicator, period }
}

const makeValue = (
  indicatorId: number,
  periodId: number,
  organisationId: number | null,
  value: number | null = 42,
  archivedAt: Date | null = null,
) => db().indicatorValue.create({ data: { indicatorId, periodId, organisationId, value, suppressed: value == null, archivedAt } })

const valuesOf = (indicatorId: number) => db().indicatorValue.count({ where: { indicatorId } })
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((i) => i.id)

describe('GET /api/v1/indicators/:id/values', () => {
  it('401: not signed in', async () => {
    const { indicator } = await setUp()
    expectProblem(await api('anonymous').get(`/api/v1/indicators/${indicator.id}/values`), 401, 'unauthenticated')
  })

  it('200: by period and organisation (county-wide first), filters by period, organisation and county-wide, leaves archived out', async () => {
    const { strategy, indicator, period: later } = await setUp()
    const earlier = await db().reportingPeriod.create({
      data: {
        strategyId: strategy.id,
        name: 'Tidig',
        startsOn: new Date('2023-01-01'),
        endsOn: new Date('2023-12-31'),
        deadline: new Date('2024-02-15'),
        status: 'closed',
      },
    })
    const org = await makeOrganisation()
    const county = await makeValue(indicator.id, later.id, null, 58)
    const orgLater = await makeValue(indicator.id, later.id, org.id, null)
    const orgEarlier = await makeValue(indicator.id, earlier.id, org.id, 61.5)
    await makeValue(indicator.id, earlier.id, null, 1, new Date())
    await makeValue((await makeIndicator({ strategyId: strategy.id })).id, later.id, org.id) // another indicator's

    const res = await api().get(`/api/v1/indicators/${indicator.id}/values`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 3 })
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: orgEarlier.id,
        indicatorId: indicator.id,
        periodId: earlier.id,
        organisationId: org.id,
        value: 61.5,
        suppressed: false,
        note: '',
      }),
      expect.objectContaining({ id: county.id, periodId: later.id, organisationId: null, value: 58 }),
      expect.objectContaining({ id: orgLater.id, periodId: later.id, organisationId: org.id, value: null, suppressed: true }),
    ])
    const query = (q: Record<string, unknown>) => api().get(`/api/v1/indicators/${indicator.id}/values`).query(q)
    expect(ids(await query({ periodId: later.id }))).toEqual([county.id, orgLater.id])
    expect(ids(await query({ organisationId: org.id }))).toEqual([orgEarlier.id, orgLater.id])
    expect(ids(await query({ countyWide: 'true' }))).toEqual([county.id])
    expect(ids(await query({ countyWide: 'false', periodId: later.id }))).toEqual([orgLater.id])
    const all = await query({ includeArchived: 'true', pageSize: 2, page: 2 })
    expect(all.body).toMatchObject({ total: 4, page: 2, pageSize: 2 })
    expect(all.body.items).toHaveLength(2)
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const { indicator, period } = await setUp()
    for (let i = 0; i < 20; i++) await makeValue(indicator.id, period.id, (await makeOrganisation()).id)
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(`/api/v1/indicators/${indicator.id}/values`).query({ pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter, and county-wide together with an organisation', async () => {
    const { indicator } = await setUp()
    expectProblem(
      await api().get(`/api/v1/indicators/${indicator.id}/values`).query({ periodId: 'x', countyWide: 'ja', colour: 'red' }),
      400,
      'validation-failed',
      ['periodId', 'countyWide', 'colour'],
    )
    expectProblem(
      await api().get(`/api/v1/indicators/${indicator.id}/values`).query({ countyWide: 'true', organisationId: 5 }),
      400,
      'validation-failed',
      ['countyWide'],
    )
  })

  it('404: an unknown indicator', async () => {
    expectProblem(await api().get('/api/v1/indicators/999999/values'), 404, 'not-found')
  })
})

describe('POST /api/v1/indicators/:id/values', () => {
  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const { indicator, period } = await setUp()
    const before = await db().indicatorValue.count()
    expectProblem(
      await api('coordinator').post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, value: 3 }),
      403,
      'forbidden',
    )
    expect(await db().indicatorValue.count()).toBe(before)
  })

  it("201: records an organisation's value and stores it", async () => {
    const { indicator, period } = await setUp()
    const org = await makeOrganisation()
    const res = await api()
      .post(`/api/v1/indicators/${indicator.id}/values`)
      .send({ periodId: period.id, organisationId: org.id, value: 62.5, note: 'Enkät 2025' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      indicatorId: indicator.id,
      periodId: period.id,
      organisationId: org.id,
      value: 62.5,
      suppressed: false,
      note: 'Enkät 2025',
      version: 1,
      archivedAt: null,
    })
    expect(await db().indicatorValue.findUnique({ where: { id: res.body.id } })).toMatchObject({
      indicatorId: indicator.id,
      periodId: period.id,
      organisationId: org.id,
      value: 62.5,
      suppressed: false,
    })
    expect(
      await db().auditEvent.findMany({
        where: { entity: 'IndicatorValue', entityId: res.body.id },
        select: { userId: true, action: true },
      }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it('201: a suppressed county-wide value (no organisation, no value) in a planned period', async () => {
    const { indicator, period } = await setUp('planned')
    const res = await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, suppressed: true })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ organisationId: null, value: null, suppressed: true })
    expect(await db().indicatorValue.findUnique({ where: { id: res.body.id } })).toMatchObject({
      organisationId: null,
      value: null,
      suppressed: true,
    })
  })

  it('400: wrong types and unknown fields are named, nothing is written', async () => {
    const { indicator } = await setUp()
    const res = await api()
      .post(`/api/v1/indicators/${indicator.id}/values`)
      .send({ organisationId: 'Botkyrka', value: '12', suppressed: 'nej', colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['periodId', 'organisationId', 'value', 'suppressed', 'colour'])
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('404: an unknown indicator', async () => {
    const period = await makePeriod()
    expectProblem(await api().post('/api/v1/indicators/999999/values').send({ periodId: period.id, value: 1 }), 404, 'not-found')
  })

  it('422: a period of another strategy, nothing is written', async () => {
    const { indicator } = await setUp()
    const other = await makePeriod()
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: other.id, value: 1 }),
      422,
      'rule-violated',
      ['periodId'],
    )
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('422: a period that does not exist, nothing is written', async () => {
    const { indicator } = await setUp()
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: 999999, value: 1 }),
      422,
      'rule-violated',
      ['periodId'],
    )
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('422: a closed period, nothing is written', async () => {
    const { indicator, period } = await setUp('closed')
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, value: 1 }),
      422,
      'rule-violated',
      ['periodId'],
    )
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('422: an organisation that does not exist, nothing is written', async () => {
    const { indicator, period } = await setUp()
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, organisationId: 999999, value: 1 }),
      422,
      'rule-violated',
      ['organisationId'],
    )
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('422: a suppressed small count with a value, nothing is written', async () => {
    const { indicator, period } = await setUp()
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, value: 3, suppressed: true }),
      422,
      'rule-violated',
      ['value'],
    )
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('422: no value and not suppressed, nothing is written', async () => {
    const { indicator, period } = await setUp()
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, value: null }),
      422,
      'rule-violated',
      ['value'],
    )
    expect(await valuesOf(indicator.id)).toBe(0)
  })

  it('409: a second value for the same organisation and period, nothing is written; another organisation may have one', async () => {
    const { indicator, period } = await setUp()
    const [org, other] = [await makeOrganisation(), await makeOrganisation()]
    await makeValue(indicator.id, period.id, org.id)
    expectProblem(
      await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, organisationId: org.id, value: 1 }),
      409,
      'duplicate',
      ['organisationId'],
    )
    expect(await valuesOf(indicator.id)).toBe(1)
    await api()
      .post(`/api/v1/indicators/${indicator.id}/values`)
      .send({ periodId: period.id, organisationId: other.id, value: 1 })
      .expect(201)
  })

  it('409: a second county-wide value for the period, even when the first is archived, nothing is written', async () => {
    const { indicator, period } = await setUp()
    await makeValue(indicator.id, period.id, null, 5, new Date())
    expectProblem(await api().post(`/api/v1/indicators/${indicator.id}/values`).send({ periodId: period.id, value: 1 }), 409, 'duplicate', [
      'organisationId',
    ])
    expect(await valuesOf(indicator.id)).toBe(1)
  })
})

describe('GET /api/v1/indicator-values/:id', () => {
  it('200 and 404', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 25)
    expect((await api().get(`/api/v1/indicator-values/${value.id}`)).body).toMatchObject({
      id: value.id,
      indicatorId: indicator.id,
      periodId: period.id,
      organisationId: null,
      value: 25,
    })
    expectProblem(await api().get('/api/v1/indicator-values/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/indicator-values/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/indicator-values/:id', () => {
  it('200: updates with the current version and bumps it', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 25)
    const res = await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: 28, note: 'Rättat', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ value: 28, note: 'Rättat', suppressed: false, version: 2 })
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({
      value: 28,
      note: 'Rättat',
      version: 2,
    })
  })

  it('200: suppresses a value when it is cleared at the same time', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 3)
    const res = await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: null, suppressed: true, version: 1 })
    expect(res.status).toBe(200)
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({ value: null, suppressed: true })
  })

  it('422: suppressing while the stored value stays, the row is unchanged', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 3)
    expectProblem(await api().patch(`/api/v1/indicator-values/${value.id}`).send({ suppressed: true, version: 1 }), 422, 'rule-violated', [
      'value',
    ])
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({
      value: 3,
      suppressed: false,
      version: 1,
    })
  })

  it('422: clearing the value of an unsuppressed value, the row is unchanged', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 3)
    expectProblem(await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: null, version: 1 }), 422, 'rule-violated', [
      'value',
    ])
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({ value: 3, version: 1 })
  })

  it('422: a value in a closed period, the row is unchanged', async () => {
    const { indicator, period } = await setUp('closed')
    const value = await makeValue(indicator.id, period.id, null, 3)
    expectProblem(await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: 4, version: 1 }), 422, 'rule-violated', [
      'periodId',
    ])
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({ value: 3, version: 1 })
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 3)
    await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: 10, version: 1 }).expect(200)
    const res = await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: 20, version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect((await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).value).toBe(10)
  })

  it('400 without a version or when moving it to another period; 404 for an unknown id', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 3)
    expectProblem(
      await api().patch(`/api/v1/indicator-values/${value.id}`).send({ value: 4, periodId: period.id }),
      400,
      'validation-failed',
      ['version', 'periodId'],
    )
    expectProblem(await api().patch('/api/v1/indicator-values/999999').send({ value: 4, version: 1 }), 404, 'not-found')
  })
})

describe('POST /api/v1/indicator-values/:id/archive and /restore', () => {
  it('archives and restores, never deletes', async () => {
    const { indicator, period } = await setUp()
    const value = await makeValue(indicator.id, period.id, null, 3)
    const archived = await api().post(`/api/v1/indicator-values/${value.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    expect((await api().get(`/api/v1/indicators/${indicator.id}/values`)).body.total).toBe(0)
    const restored = await api().post(`/api/v1/indicator-values/${value.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({ archivedAt: null })
    expectProblem(await api().post('/api/v1/indicator-values/999999/archive'), 404, 'not-found')
  })

  it('422: a value in a closed period is neither archived nor restored', async () => {
    const { indicator, period } = await setUp('closed')
    const value = await makeValue(indicator.id, period.id, null, 3)
    expectProblem(await api().post(`/api/v1/indicator-values/${value.id}/archive`), 422, 'rule-violated', ['periodId'])
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({ archivedAt: null, version: 1 })
    const archived = await makeValue(indicator.id, period.id, (await makeOrganisation()).id, 4, new Date())
    expectProblem(await api().post(`/api/v1/indicator-values/${archived.id}/restore`), 422, 'rule-violated', ['periodId'])
    expect(await db().indicatorValue.findUniqueOrThrow({ where: { id: archived.id } })).toMatchObject({
      archivedAt: expect.any(Date),
      version: 1,
    })
  })
})
