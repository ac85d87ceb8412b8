import { db, queryCount } from '../../db/prisma'
import type { Prisma } from '../../generated/prisma/client'
import { api, expectProblem } from '../../test/api'
import { makeGoal, makeMeasure, makeOrganisation, makeStrategy, unique } from '../../test/factories'
import { standardSession } from '../../test/users'

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((m) => m.id)

/** A measure under `goalId` with the given columns. */
const measureIn = (goalId: number, data: Partial<Prisma.MeasureUncheckedCreateInput> = {}) =>
  db().measure.create({ data: { goalId, code: unique(), title: `Åtgärd ${unique()}`, ...data } })

/** A strategy revising another: a goal in each, a measure of the old one, and an organisation. */
async function revision() {
  const previous = await makeStrategy({ startYear: 2016, endYear: 2020 })
  const strategy = await makeStrategy({ startYear: 2020, endYear: 2026, predecessorId: previous.id })
  const old = await makeMeasure({ strategyId: previous.id })
  const goal = await makeGoal({ strategyId: strategy.id })
  const organisation = await makeOrganisation({ kind: 'authority', name: `Kriminalvården ${unique()}` })
  return { previous, strategy, old, goal, organisation }
}

const links = async (measureId: number) => ({
  organisations: (await db().measureExpectedOrganisation.findMany({ where: { measureId }, orderBy: { organisationId: 'asc' } })).map(
    (l) => l.organisationId,
  ),
  predecessors: (await db().measureSuccession.findMany({ where: { measureId }, orderBy: { predecessorId: 'asc' } })).map(
    (l) => l.predecessorId,
  ),
})

describe('GET /api/v1/measures', () => {
  it('401: not signed in', async () => {
    expectProblem(await api('anonymous').get('/api/v1/measures'), 401, 'unauthenticated')
  })

  it('200: the measures of a goal by sortOrder then code, with their links; archived left out unless asked', async () => {
    const { goal, old, organisation } = await revision()
    const b = await measureIn(goal.id, { code: '1.2', sortOrder: 1 })
    const a = await measureIn(goal.id, {
      code: '1.1',
      sortOrder: 1,
      expectedOrganisations: { create: [{ organisationId: organisation.id }] },
      predecessors: { create: [{ predecessorId: old.id }] },
    })
    const top = await measureIn(goal.id, { code: '1.9', sortOrder: 0 })
    const archived = await measureIn(goal.id, { code: '1.0', sortOrder: 5, archivedAt: new Date() })

    const res = await api().get('/api/v1/measures').query({ goalId: goal.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 3 })
    expect(ids(res)).toEqual([top.id, a.id, b.id])
    expect(res.body.items[1]).toMatchObject({
      goalId: goal.id,
      strategyId: goal.strategyId,
      expectedOrganisationIds: [organisation.id],
      predecessorMeasureIds: [old.id],
    })
    expect(res.body.items[0]).toMatchObject({ expectedOrganisationIds: [], predecessorMeasureIds: [] })

    const all = await api().get('/api/v1/measures').query({ goalId: goal.id, includeArchived: 'true', pageSize: 2, page: 2 })
    expect(all.body).toMatchObject({ total: 4, page: 2, pageSize: 2 })
    expect(ids(all)).toEqual([b.id, archived.id])
  })

  it('200: the measures of a strategy, in goal order, then measure order', async () => {
    const strategy = await makeStrategy()
    const later = await db().goal.create({ data: { strategyId: strategy.id, code: '2', title: 'Mål 2', sortOrder: 2 } })
    const earlier = await db().goal.create({ data: { strategyId: strategy.id, code: '1', title: 'Mål 1', sortOrder: 1 } })
    const x = await measureIn(later.id, { sortOrder: 0 })
    const y = await measureIn(earlier.id, { sortOrder: 9 })
    const z = await measureIn(earlier.id, { sortOrder: 3 })
    const elsewhere = await makeMeasure()

    const res = await api().get('/api/v1/measures').query({ strategyId: strategy.id })
    expect(res.status).toBe(200)
    expect(ids(res)).toEqual([z.id, y.id, x.id])
    expect(ids(res)).not.toContain(elsewhere.id)
    expect(res.body.items.every((m: { strategyId: number }) => m.strategyId === strategy.id)).toBe(true)
  })

  it('200: the measures an organisation is expected to act on, by its kind or by name', async () => {
    const goal = await makeGoal()
    const police = await makeOrganisation({ kind: 'authority', name: `Polisen ${unique()}` })
    const byKind = await measureIn(goal.id, { expectedKinds: ['authority'], sortOrder: 1 })
    const byName = await measureIn(goal.id, {
      expectedKinds: ['municipality'],
      sortOrder: 2,
      expectedOrganisations: { create: [{ organisationId: police.id }] },
    })
    await measureIn(goal.id, { expectedKinds: ['municipality', 'region'], sortOrder: 3 })

    const res = await api().get('/api/v1/measures').query({ goalId: goal.id, expectedOrganisationId: police.id })
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(2)
    expect(ids(res)).toEqual([byKind.id, byName.id])

    const unknown = await api().get('/api/v1/measures').query({ goalId: goal.id, expectedOrganisationId: 999999 })
    expect(unknown.body).toMatchObject({ total: 0, items: [] })
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1), with and without the organisation filter', async () => {
    const { goal, old, organisation } = await revision()
    for (let i = 0; i < 20; i++)
      await measureIn(goal.id, {
        expectedKinds: ['municipality'],
        expectedOrganisations: { create: [{ organisationId: organisation.id }] },
        predecessors: { create: [{ predecessorId: old.id }] },
      })
    const count = async (query: Record<string, number>) => {
      const before = queryCount()
      const res = await api().get('/api/v1/measures').query(query).expect(200)
      expect(res.body.items).toHaveLength(query.pageSize)
      return queryCount() - before
    }
    expect(await count({ strategyId: goal.strategyId, pageSize: 1 })).toBe(await count({ strategyId: goal.strategyId, pageSize: 20 }))
    const filtered = { strategyId: goal.strategyId, expectedOrganisationId: organisation.id }
    expect(await count({ ...filtered, pageSize: 1 })).toBe(await count({ ...filtered, pageSize: 20 }))
  })

  it('400: names every bad filter', async () => {
    const res = await api()
      .get('/api/v1/measures')
      .query({ strategyId: 'x', goalId: 0, expectedOrganisationId: 'polisen', includeArchived: 'yes', colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['strategyId', 'goalId', 'expectedOrganisationId', 'includeArchived', 'colour'])
  })
})

describe('POST /api/v1/measures', () => {
  it('403: a coordinator cannot create one, and nothing is written', async () => {
    const goal = await makeGoal()
    const before = await db().measure.count()
    expectProblem(
      await api('coordinator').post('/api/v1/measures').send({ goalId: goal.id, code: '1.1', title: 'Utbildning' }),
      403,
      'forbidden',
    )
    expect(await db().measure.count()).toBe(before)
  })

  it('201: creates it with its expected organisations and the measures it replaces, in the database too', async () => {
    const { goal, old, organisation } = await revision()
    const body = {
      goalId: goal.id,
      code: '2.1',
      title: 'Behandlingsprogram för våldsutövare',
      description: 'IDAP i anstalt och frivård.',
      expectedKinds: ['authority'],
      expectedOrganisationIds: [organisation.id],
      targetGroups: ['perpetrators'],
      violenceAreas: ['intimate_partner'],
      preventionLevels: ['indicated'],
      activeFromYear: 2021,
      activeToYear: 2026,
      sortOrder: 3,
      weight: 2.5,
      predecessorMeasureIds: [old.id],
    }
    const res = await api().post('/api/v1/measures').send(body)
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.any(Number),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      ...body,
      strategyId: goal.strategyId,
    })
    expect(await db().measure.findUnique({ where: { id: res.body.id } })).toMatchObject({
      goalId: goal.id,
      code: '2.1',
      expectedKinds: ['authority'],
      activeToYear: 2026,
      weight: 2.5,
    })
    expect(await links(res.body.id)).toEqual({ organisations: [organisation.id], predecessors: [old.id] })
    expect(
      await db().auditEvent.findMany({ where: { entity: 'Measure', entityId: res.body.id }, select: { userId: true, action: true } }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
  })

  it('201: only the required fields, with their defaults', async () => {
    const goal = await makeGoal()
    const res = await api().post('/api/v1/measures').send({ goalId: goal.id, code: '1', title: 'Rutin för skolgång i skyddat boende' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      description: '',
      expectedKinds: [],
      expectedOrganisationIds: [],
      targetGroups: [],
      violenceAreas: [],
      preventionLevels: [],
      activeFromYear: null,
      activeToYear: null,
      sortOrder: 0,
      weight: 1,
      predecessorMeasureIds: [],
    })
  })

  it('400: wrong types, bad enum values, repeated ids and unknown fields are named, nothing is written', async () => {
    const before = await db().measure.count()
    const res = await api()
      .post('/api/v1/measures')
      .send({
        goalId: -3,
        code: '',
        title: 'Åtgärd',
        expectedKinds: ['planet'],
        expectedOrganisationIds: [4, 4],
        activeFromYear: 1990,
        weight: -1,
        predecessorMeasureIds: 'all',
        owner: 'me',
      })
    expectProblem(res, 400, 'validation-failed', [
      'goalId',
      'code',
      'expectedKinds.0',
      'expectedOrganisationIds',
      'activeFromYear',
      'weight',
      'predecessorMeasureIds',
      'owner',
    ])
    expect(res.body.errors.find((e: { path: string }) => e.path === 'expectedOrganisationIds').message).toBe(
      'Samma id får bara anges en gång.',
    )
    expect(await db().measure.count()).toBe(before)
  })

  it('422: a goal that does not exist, nothing is written', async () => {
    const before = await db().measure.count()
    const res = await api().post('/api/v1/measures').send({ goalId: 999999, code: '1', title: 'Åtgärd' })
    expectProblem(res, 422, 'rule-violated', ['goalId'])
    expect(await db().measure.count()).toBe(before)
  })

  it('422: active to a year before it starts, nothing is written', async () => {
    const goal = await makeGoal()
    const res = await api()
      .post('/api/v1/measures')
      .send({ goalId: goal.id, code: '1', title: 'Åtgärd', activeFromYear: 2024, activeToYear: 2022 })
    expectProblem(res, 422, 'rule-violated', ['activeToYear'])
    expect(await db().measure.count({ where: { goalId: goal.id } })).toBe(0)
  })

  it('422: an expected organisation that does not exist writes neither the measure nor its links', async () => {
    const { goal, old, organisation } = await revision()
    const res = await api()
      .post('/api/v1/measures')
      .send({
        goalId: goal.id,
        code: '1',
        title: 'Åtgärd',
        expectedOrganisationIds: [organisation.id, 999999],
        predecessorMeasureIds: [old.id],
      })
    expectProblem(res, 422, 'rule-violated', ['expectedOrganisationIds'])
    expect(res.body.detail).toContain('999999')
    expect(await db().measure.count({ where: { goalId: goal.id } })).toBe(0)
    expect(await db().measureExpectedOrganisation.count({ where: { organisationId: organisation.id } })).toBe(0)
    expect(await db().measureSuccession.count({ where: { predecessorId: old.id } })).toBe(0)
  })

  it('422: replaced measures when the strategy has no predecessor, nothing is written', async () => {
    const goal = await makeGoal()
    const other = await makeMeasure()
    const res = await api()
      .post('/api/v1/measures')
      .send({ goalId: goal.id, code: '1', title: 'Åtgärd', predecessorMeasureIds: [other.id] })
    expectProblem(res, 422, 'rule-violated', ['predecessorMeasureIds'])
    expect(await db().measure.count({ where: { goalId: goal.id } })).toBe(0)
    expect(await db().measureSuccession.count({ where: { predecessorId: other.id } })).toBe(0)
  })

  it('422: replaced measures outside the predecessor strategy (another strategy, its own, or unknown), nothing is written', async () => {
    const { goal, old, organisation } = await revision()
    const unrelated = await makeMeasure()
    const own = await makeMeasure({ strategyId: goal.strategyId })
    for (const stranger of [unrelated.id, own.id, 999999]) {
      const res = await api()
        .post('/api/v1/measures')
        .send({
          goalId: goal.id,
          code: '1',
          title: 'Åtgärd',
          expectedOrganisationIds: [organisation.id],
          predecessorMeasureIds: [old.id, stranger],
        })
      expectProblem(res, 422, 'rule-violated', ['predecessorMeasureIds'])
      expect(res.body.detail).toContain(String(stranger))
    }
    expect(await db().measure.count({ where: { goalId: goal.id } })).toBe(0)
    expect(await db().measureExpectedOrganisation.count({ where: { organisationId: organisation.id } })).toBe(0)
    expect(await db().measureSuccession.count({ where: { predecessorId: old.id } })).toBe(0)
  })

  it('409: a code already used under the goal, nothing is written', async () => {
    const goal = await makeGoal()
    await measureIn(goal.id, { code: '4.2' })
    const res = await api().post('/api/v1/measures').send({ goalId: goal.id, code: '4.2', title: 'Dubblett' })
    expectProblem(res, 409, 'duplicate', ['code'])
    expect(await db().measure.count({ where: { goalId: goal.id } })).toBe(1)
  })

  it('201: the same code under another goal', async () => {
    const goal = await makeGoal()
    await measureIn(goal.id, { code: '4.2' })
    const another = await makeGoal({ strategyId: goal.strategyId })
    const res = await api().post('/api/v1/measures').send({ goalId: another.id, code: '4.2', title: 'Samma kod' })
    expect(res.status).toBe(201)
  })
})

describe('GET /api/v1/measures/:id', () => {
  it('200: the measure with its strategy and links', async () => {
    const { goal, old, organisation } = await revision()
    const measure = await measureIn(goal.id, {
      expectedOrganisations: { create: [{ organisationId: organisation.id }] },
      predecessors: { create: [{ predecessorId: old.id }] },
    })
    const res = await api().get(`/api/v1/measures/${measure.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      id: measure.id,
      goalId: goal.id,
      strategyId: goal.strategyId,
      code: measure.code,
      expectedOrganisationIds: [organisation.id],
      predecessorMeasureIds: [old.id],
    })
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().get('/api/v1/measures/999999'), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get('/api/v1/measures/abc'), 400, 'validation-failed', ['id'])
  })
})

describe('PATCH /api/v1/measures/:id', () => {
  /** A measure of the revising strategy, linked to one organisation and one old measure. */
  async function linked() {
    const setting = await revision()
    const measure = await measureIn(setting.goal.id, {
      activeFromYear: 2021,
      activeToYear: 2024,
      expectedOrganisations: { create: [{ organisationId: setting.organisation.id }] },
      predecessors: { create: [{ predecessorId: setting.old.id }] },
    })
    return { ...setting, measure }
  }

  it('200: updates the fields and replaces the links that are given, bumping the version', async () => {
    const { measure, previous, organisation } = await linked()
    const region = await makeOrganisation({ kind: 'region', name: `Region Stockholm ${unique()}` })
    const otherOld = await makeMeasure({ strategyId: previous.id })
    const res = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({
        title: 'Samverkan under rättsprocessen',
        expectedOrganisationIds: [region.id, organisation.id],
        predecessorMeasureIds: [otherOld.id],
        version: 1,
      })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      title: 'Samverkan under rättsprocessen',
      version: 2,
      expectedOrganisationIds: [organisation.id, region.id].sort((p, q) => p - q),
      predecessorMeasureIds: [otherOld.id],
    })
    expect(await db().measure.findUnique({ where: { id: measure.id } })).toMatchObject({
      title: 'Samverkan under rättsprocessen',
      version: 2,
    })
    expect(await links(measure.id)).toEqual({
      organisations: [organisation.id, region.id].sort((p, q) => p - q),
      predecessors: [otherOld.id],
    })
  })

  it('200: links left out are kept, empty arrays clear them', async () => {
    const { measure, organisation, old } = await linked()
    const kept = await api().patch(`/api/v1/measures/${measure.id}`).send({ description: 'Ny text', version: 1 })
    expect(kept.body).toMatchObject({ description: 'Ny text', expectedOrganisationIds: [organisation.id], predecessorMeasureIds: [old.id] })
    expect(await links(measure.id)).toEqual({ organisations: [organisation.id], predecessors: [old.id] })

    const cleared = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ expectedOrganisationIds: [], predecessorMeasureIds: [], version: 2 })
    expect(cleared.body).toMatchObject({ expectedOrganisationIds: [], predecessorMeasureIds: [], version: 3 })
    expect(await links(measure.id)).toEqual({ organisations: [], predecessors: [] })
  })

  it('409: a stale version changes neither the measure nor its links', async () => {
    const { measure, organisation, old } = await linked()
    await api().patch(`/api/v1/measures/${measure.id}`).send({ title: 'Först', version: 1 }).expect(200)
    const region = await makeOrganisation({ kind: 'region' })
    const res = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ title: 'Sist', expectedOrganisationIds: [region.id], predecessorMeasureIds: [], version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect(await db().measure.findUnique({ where: { id: measure.id } })).toMatchObject({ title: 'Först', version: 2 })
    expect(await links(measure.id)).toEqual({ organisations: [organisation.id], predecessors: [old.id] })
  })

  it('409: a code used by another measure of the goal, the row is unchanged', async () => {
    const { measure, goal } = await linked()
    await measureIn(goal.id, { code: 'taken' })
    expectProblem(await api().patch(`/api/v1/measures/${measure.id}`).send({ code: 'taken', version: 1 }), 409, 'duplicate', ['code'])
    expect(await db().measure.findUnique({ where: { id: measure.id } })).toMatchObject({ code: measure.code, version: 1 })
  })

  it('200: keeping its own code', async () => {
    const { measure } = await linked()
    const res = await api().patch(`/api/v1/measures/${measure.id}`).send({ code: measure.code, version: 1 })
    expect(res.status).toBe(200)
  })

  it('400: without a version; a measure cannot move to another goal', async () => {
    const { measure } = await linked()
    const res = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ goalId: 1, preventionLevels: ['total'] })
    expectProblem(res, 400, 'validation-failed', ['version', 'goalId', 'preventionLevels.0'])
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().patch('/api/v1/measures/999999').send({ title: 'X', version: 1 }), 404, 'not-found')
  })

  it('422: only the start year, moved after the stored end year; the row is unchanged', async () => {
    const { measure } = await linked()
    const res = await api().patch(`/api/v1/measures/${measure.id}`).send({ activeFromYear: 2025, version: 1 })
    expectProblem(res, 422, 'rule-violated', ['activeToYear'])
    expect(await db().measure.findUnique({ where: { id: measure.id } })).toMatchObject({ activeFromYear: 2021, version: 1 })
  })

  it('200: clearing the end year lifts the limit', async () => {
    const { measure } = await linked()
    const res = await api().patch(`/api/v1/measures/${measure.id}`).send({ activeFromYear: 2025, activeToYear: null, version: 1 })
    expect(res.body).toMatchObject({ activeFromYear: 2025, activeToYear: null })
  })

  it('422: an expected organisation that does not exist; the links are unchanged', async () => {
    const { measure, organisation, old } = await linked()
    const res = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ expectedOrganisationIds: [999999], version: 1 })
    expectProblem(res, 422, 'rule-violated', ['expectedOrganisationIds'])
    expect(await links(measure.id)).toEqual({ organisations: [organisation.id], predecessors: [old.id] })
  })

  it('422: a replaced measure outside the predecessor strategy; the links are unchanged', async () => {
    const { measure, organisation, old } = await linked()
    const unrelated = await makeMeasure()
    const res = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ predecessorMeasureIds: [unrelated.id], expectedOrganisationIds: [], version: 1 })
    expectProblem(res, 422, 'rule-violated', ['predecessorMeasureIds'])
    expect(await links(measure.id)).toEqual({ organisations: [organisation.id], predecessors: [old.id] })
  })

  it('422: replaced measures when the strategy has no predecessor', async () => {
    const measure = await makeMeasure()
    const other = await makeMeasure()
    const res = await api()
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ predecessorMeasureIds: [other.id], version: 1 })
    expectProblem(res, 422, 'rule-violated', ['predecessorMeasureIds'])
    expect(await links(measure.id)).toEqual({ organisations: [], predecessors: [] })
  })
})

describe('POST /api/v1/measures/:id/archive and /restore', () => {
  it('200: archives and restores, keeping the links', async () => {
    const { goal, organisation } = await revision()
    const measure = await measureIn(goal.id, { expectedOrganisations: { create: [{ organisationId: organisation.id }] } })
    const archived = await api().post(`/api/v1/measures/${measure.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String), version: 2, expectedOrganisationIds: [organisation.id] })
    expect((await db().measure.findUniqueOrThrow({ where: { id: measure.id } })).archivedAt).not.toBeNull()
    const restored = await api().post(`/api/v1/measures/${measure.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3, expectedOrganisationIds: [organisation.id] })
    expect((await db().measure.findUniqueOrThrow({ where: { id: measure.id } })).archivedAt).toBeNull()
  })

  it('404: an unknown id', async () => {
    expectProblem(await api().post('/api/v1/measures/999999/archive'), 404, 'not-found')
    expectProblem(await api().post('/api/v1/measures/999999/restore'), 404, 'not-found')
  })
})
