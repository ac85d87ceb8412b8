import { db, queryCount } from '../../db/prisma'
import { write } from '../../db/write'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeMeasure, makeOrganisation, makePeriod, makePlan, makeStrategy, unique } from '../../test/factories'
import { makeUser, standardSession, type TestSession } from '../../test/users'
import { endOfStockholmDay, momentOf } from './history.service'

type Event = {
  entity: string
  entityId: number
  action: string
  user: { id: number; name: string } | null
  changes: { field: string; before: unknown; after: unknown }[]
}

/** Distinct moments for each change: the audit trail stores milliseconds. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** A coordinator of `organisationId` with a name of their own. */
async function coordinator(organisationId: number, name: string): Promise<TestSession> {
  const session = await makeUser('coordinator', [organisationId])
  await db().user.update({ where: { id: session.userId }, data: { name } })
  return session
}

/** An organisation (the standard coordinator's), its strategy with two measures, and another organisation. */
async function setting() {
  const organisation = await makeOrganisation()
  const partner = await makeOrganisation({ kind: 'authority', foreign: true })
  const strategy = await makeStrategy()
  const [m1, m2] = [await makeMeasure({ strategyId: strategy.id }), await makeMeasure({ strategyId: strategy.id })]
  return { organisation, partner, strategy, m1, m2 }
}

async function createPlan(as: TestSession | 'coordinator', organisationId: number, strategyId: number) {
  const res = await api(as)
    .post('/api/v1/implementation-plans')
    .send({ organisationId, strategyId, title: `Plan ${unique()}`, startYear: 2021, endYear: 2026 })
  expect(res.status).toBe(201)
  return res.body as { id: number; version: number }
}

async function createAction(as: TestSession | 'coordinator', planId: number, body: Record<string, unknown>) {
  const res = await api(as)
    .post(`/api/v1/implementation-plans/${planId}/actions`)
    .send({ title: 'Rutin för frågor om våld', ...body })
  expect(res.status).toBe(201)
  return res.body as { id: number; version: number }
}

const summary = (events: Event[]) => events.map((e) => [e.entity, e.action, e.user?.name ?? null])
const auditEvents = (entity: string, entityId: number) => db().auditEvent.findMany({ where: { entity, entityId }, orderBy: { id: 'asc' } })

describe('GET /api/v1/implementation-plans/:id/history', () => {
  it('200: who changed what in the plan and its actions, newest first, archive and restore named', async () => {
    const { organisation, partner, strategy, m1, m2 } = await setting()
    const berit = await coordinator(organisation.id, 'Berit Bengtsson')
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const action = await createAction('coordinator', plan.id, { measureIds: [m1.id] })
    await api(berit)
      .patch(`/api/v1/plan-actions/${action.id}`)
      .send({ version: 1, title: 'Rutin i försörjningsstöd', measureIds: [m1.id, m2.id], coOwnerIds: [partner.id] })
      .expect(200)
    await api(berit).post(`/api/v1/plan-actions/${action.id}/archive`).expect(200)
    await api('coordinator').post(`/api/v1/plan-actions/${action.id}/restore`).expect(200)
    await api('coordinator')
      .patch(`/api/v1/implementation-plans/${plan.id}`)
      .send({ version: 1, status: 'adopted', adoptedOn: '2024-05-01', adoptedBy: 'Kommunfullmäktige' })
      .expect(200)

    const res = await api('steering').get(`/api/v1/implementation-plans/${plan.id}/history`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 9 })
    const coordinatorName = 'Test coordinator'
    expect(summary(res.body.items)).toEqual([
      ['ImplementationPlan', 'updated', coordinatorName],
      ['PlanAction', 'restored', coordinatorName],
      ['PlanAction', 'archived', 'Berit Bengtsson'],
      // m1 was deleted and inserted again by the update (links are replaced): only the real change is shown
      ['PlanActionCoOwner', 'created', 'Berit Bengtsson'],
      ['PlanActionMeasure', 'created', 'Berit Bengtsson'],
      ['PlanAction', 'updated', 'Berit Bengtsson'],
      ['PlanActionMeasure', 'created', coordinatorName],
      ['PlanAction', 'created', coordinatorName],
      ['ImplementationPlan', 'created', coordinatorName],
    ])
    const [adopted, restored, archived, coOwner, measure, renamed] = res.body.items as Event[]
    expect(adopted).toMatchObject({ entityId: plan.id, user: { id: standardSession('coordinator').userId } })
    expect(adopted.changes).toEqual([
      { field: 'adoptedBy', before: null, after: 'Kommunfullmäktige' },
      { field: 'adoptedOn', before: null, after: '2024-05-01' },
      { field: 'status', before: 'draft', after: 'adopted' },
    ])
    expect(archived.changes).toEqual([{ field: 'archivedAt', before: null, after: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) }])
    expect(restored.changes).toEqual([{ field: 'archivedAt', before: archived.changes[0].after, after: null }])
    expect(coOwner).toMatchObject({ entityId: action.id, changes: [{ field: 'organisationId', before: null, after: partner.id }] })
    expect(measure).toMatchObject({ entityId: action.id, changes: [{ field: 'measureId', before: null, after: m2.id }] })
    expect(renamed.changes).toEqual([{ field: 'title', before: 'Rutin för frågor om våld', after: 'Rutin i försörjningsstöd' }])
    expect(res.body.items.every((e: Event) => e.changes.every((c) => c.field !== 'updatedAt' && c.field !== 'version'))).toBe(true)
  })

  it('200: a change of links only is shown as the links that came and went (no empty update)', async () => {
    const { organisation, strategy, m1, m2 } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const action = await createAction('coordinator', plan.id, { measureIds: [m1.id] })
    await api('coordinator')
      .patch(`/api/v1/plan-actions/${action.id}`)
      .send({ version: 1, measureIds: [m2.id] })
      .expect(200)

    const res = await api().get(`/api/v1/implementation-plans/${plan.id}/history`).query({ pageSize: 2 })
    expect(res.body).toMatchObject({ total: 5, pageSize: 2 })
    expect(res.body.items.map((e: Event) => [e.entity, e.action, e.changes])).toEqual([
      ['PlanActionMeasure', 'created', [{ field: 'measureId', before: null, after: m2.id }]],
      ['PlanActionMeasure', 'deleted', [{ field: 'measureId', before: m1.id, after: null }]],
    ])
  })

  it('200: changes made outside a signed-in request are the system’s (user null)', async () => {
    const plan = await makePlan()
    const res = await api().get(`/api/v1/implementation-plans/${plan.id}/history`)
    expect(res.body.items).toEqual([
      expect.objectContaining({
        entity: 'ImplementationPlan',
        entityId: plan.id,
        action: 'created',
        user: null,
        at: expect.stringMatching(/Z$/),
      }),
    ])
    expect(res.body.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: null, after: plan.title },
        { field: 'status', before: null, after: 'draft' },
      ]),
    )
  })

  it('runs the same number of queries for 1 and for 20 events (no N+1)', async () => {
    const plan = await makePlan()
    const measure = await makeMeasure({ strategyId: plan.strategyId })
    for (let i = 0; i < 10; i++) await makeAction({ planId: plan.id, measureIds: [measure.id] })
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(`/api/v1/implementation-plans/${plan.id}/history`).query({ pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad parameter', async () => {
    expectProblem(await api().get('/api/v1/implementation-plans/abc/history'), 400, 'validation-failed', ['id'])
    expectProblem(
      await api().get('/api/v1/implementation-plans/1/history').query({ pageSize: 0, page: 'x', includeArchived: 'true' }),
      400,
      'validation-failed',
      ['pageSize', 'page', 'includeArchived'],
    )
  })

  it('401: signed-in users only', async () => {
    const plan = await makePlan()
    expectProblem(await api('anonymous').get(`/api/v1/implementation-plans/${plan.id}/history`), 401, 'unauthenticated')
  })

  it('404: an unknown plan', async () => {
    expectProblem(await api().get('/api/v1/implementation-plans/999999/history'), 404, 'not-found')
  })
})

describe('GET /api/v1/plan-actions/:id/history', () => {
  it('200: the action and its links, not the plan nor the other actions', async () => {
    const { organisation, partner, strategy, m1 } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const action = await createAction('coordinator', plan.id, { measureIds: [m1.id], coOwnerIds: [partner.id] })
    await createAction('coordinator', plan.id, { measureIds: [m1.id] })
    await api('coordinator').patch(`/api/v1/plan-actions/${action.id}`).send({ version: 1, status: 'ongoing', coOwnerIds: [] }).expect(200)

    const res = await api('steering').get(`/api/v1/plan-actions/${action.id}/history`)
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(5)
    expect(res.body.items.map((e: Event) => [e.entity, e.entityId, e.action])).toEqual([
      ['PlanActionCoOwner', action.id, 'deleted'],
      ['PlanAction', action.id, 'updated'],
      ['PlanActionCoOwner', action.id, 'created'],
      ['PlanActionMeasure', action.id, 'created'],
      ['PlanAction', action.id, 'created'],
    ])
    expect(res.body.items[1].changes).toEqual([{ field: 'status', before: 'planned', after: 'ongoing' }])
    expect(res.body.items[4].changes).toEqual(
      expect.arrayContaining([
        { field: 'planId', before: null, after: plan.id },
        { field: 'title', before: null, after: 'Rutin för frågor om våld' },
      ]),
    )
  })

  it('a refused (rolled back) write leaves no audit event', async () => {
    const { organisation, strategy, m1 } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const action = await createAction('coordinator', plan.id, { measureIds: [m1.id] })
    const before = await db().auditEvent.count({
      where: { entityId: action.id, entity: { in: ['PlanAction', 'PlanActionMeasure', 'PlanActionCoOwner'] } },
    })
    const foreignMeasure = await makeMeasure()
    expectProblem(
      await api('coordinator')
        .patch(`/api/v1/plan-actions/${action.id}`)
        .send({ version: 1, title: 'Ändrad', measureIds: [foreignMeasure.id] }),
      422,
      'rule-violated',
      ['measureIds'],
    )
    expectProblem(
      await api('coordinator').patch(`/api/v1/plan-actions/${action.id}`).send({ version: 7, title: 'Ändrad' }),
      409,
      'version-conflict',
    )
    expect(
      await db().auditEvent.count({
        where: { entityId: action.id, entity: { in: ['PlanAction', 'PlanActionMeasure', 'PlanActionCoOwner'] } },
      }),
    ).toBe(before)
    expect((await api().get(`/api/v1/plan-actions/${action.id}/history`)).body.total).toBe(2)
  })

  it('a write that fails after writing rows leaves no audit event either', async () => {
    const { organisation, strategy, m1 } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const action = await createAction('coordinator', plan.id, { measureIds: [m1.id] })
    const events = await db().auditEvent.count()
    await expect(
      write({ id: standardSession('coordinator').userId }, async (tx) => {
        await tx.planAction.update({ where: { id: action.id }, data: { title: 'Aldrig sparad' } })
        await tx.planActionMeasure.create({ data: { actionId: action.id, measureId: m1.id } }) // the link exists: unique violation
      }),
    ).rejects.toThrow()
    expect(await db().auditEvent.count()).toBe(events)
    expect((await db().planAction.findUniqueOrThrow({ where: { id: action.id } })).title).toBe('Rutin för frågor om våld')
  })

  it('400 and 404', async () => {
    expectProblem(await api().get('/api/v1/plan-actions/0/history'), 400, 'validation-failed', ['id'])
    expectProblem(await api().get('/api/v1/plan-actions/999999/history'), 404, 'not-found')
  })
})

describe('GET /api/v1/follow-ups/:id/history', () => {
  async function followUp() {
    const { organisation, strategy, m1 } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const action = await createAction('coordinator', plan.id, { measureIds: [m1.id] })
    const period = await makePeriod({ strategyId: strategy.id })
    const res = await api('coordinator')
      .post(`/api/v1/plan-actions/${action.id}/follow-ups`)
      .send({ periodId: period.id, status: 'ongoing', progress: 40, narrative: 'Utbildning genomförd.' })
    expect(res.status).toBe(201)
    return res.body as { id: number }
  }

  it('200: the coordinator’s submission and OPK’s return with a comment, by name', async () => {
    const { id } = await followUp()
    await api('coordinator').post(`/api/v1/follow-ups/${id}/submit`).send({ version: 1 }).expect(200)
    await api('opk').post(`/api/v1/follow-ups/${id}/return`).send({ version: 2, comment: 'Beskriv resultaten.' }).expect(200)

    const res = await api('coordinator').get(`/api/v1/follow-ups/${id}/history`)
    expect(res.status).toBe(200)
    expect(summary(res.body.items)).toEqual([
      ['FollowUp', 'updated', 'Test opk'],
      ['FollowUp', 'updated', 'Test coordinator'],
      ['FollowUp', 'created', 'Test coordinator'],
    ])
    const [returned, submitted] = res.body.items as Event[]
    expect(returned.changes.map((c) => c.field)).toEqual(['reviewComment', 'reviewedAt', 'state'])
    expect(returned.changes).toContainEqual({ field: 'state', before: 'submitted', after: 'returned' })
    expect(returned.changes).toContainEqual({ field: 'reviewComment', before: null, after: 'Beskriv resultaten.' })
    expect(submitted.changes).toContainEqual({ field: 'submittedAt', before: null, after: expect.stringMatching(/Z$/) })
  })

  it('404: another organisation’s coordinator does not see a draft’s history; OPK staff do; once submitted, everyone', async () => {
    const { id } = await followUp()
    const stranger = await makeUser('coordinator', [(await makeOrganisation({ foreign: true })).id])
    expectProblem(await api(stranger).get(`/api/v1/follow-ups/${id}/history`), 404, 'not-found')
    expect((await api('opk').get(`/api/v1/follow-ups/${id}/history`)).status).toBe(200)
    await api('coordinator').post(`/api/v1/follow-ups/${id}/submit`).send({ version: 1 }).expect(200)
    expect((await api(stranger).get(`/api/v1/follow-ups/${id}/history`)).body.total).toBe(2)
  })

  it('404: an unknown follow-up', async () => {
    expectProblem(await api().get('/api/v1/follow-ups/999999/history'), 404, 'not-found')
  })
})

describe('GET /api/v1/implementation-plans/:id/as-of', () => {
  it('200: the plan and its actions as they stood between changes, and now', async () => {
    const { organisation, partner, strategy, m1, m2 } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    await tick()
    const first = await createAction('coordinator', plan.id, { measureIds: [m1.id], plannedStart: '2024-01-01' })
    const afterFirst = (await auditEvents('PlanActionMeasure', first.id)).at(-1)!.at
    await tick()
    await api('coordinator')
      .patch(`/api/v1/plan-actions/${first.id}`)
      .send({ version: 1, title: 'Ny titel', measureIds: [m2.id], coOwnerIds: [partner.id] })
      .expect(200)
    const second = await createAction('coordinator', plan.id, { measureIds: [m1.id, m2.id] })
    const afterSecond = (await auditEvents('PlanAction', second.id)).at(-1)!.at
    await tick()
    await api('coordinator').post(`/api/v1/plan-actions/${first.id}/archive`).expect(200)
    await api('coordinator')
      .patch(`/api/v1/implementation-plans/${plan.id}`)
      .send({ version: 1, status: 'adopted', adoptedOn: '2024-05-01' })
      .expect(200)

    const early = await api('steering').get(`/api/v1/implementation-plans/${plan.id}/as-of`).query({ at: afterFirst.toISOString() })
    expect(early.status).toBe(200)
    expect(early.body).toMatchObject({
      asOf: afterFirst.toISOString(),
      id: plan.id,
      version: 1,
      status: 'draft',
      adoptedOn: null,
      organisationId: organisation.id,
      organisationName: organisation.name,
    })
    expect(early.body.actions).toEqual([
      expect.objectContaining({
        id: first.id,
        version: 1,
        title: 'Rutin för frågor om våld',
        plannedStart: '2024-01-01',
        status: 'planned',
        measureIds: [m1.id],
        coOwnerIds: [],
        archivedAt: null,
      }),
    ])

    const middle = await api('steering').get(`/api/v1/implementation-plans/${plan.id}/as-of`).query({ at: afterSecond.toISOString() })
    expect(middle.body.status).toBe('draft')
    expect(middle.body.actions).toEqual([
      expect.objectContaining({ id: first.id, version: 2, title: 'Ny titel', measureIds: [m2.id], coOwnerIds: [partner.id] }),
      expect.objectContaining({ id: second.id, version: 1, measureIds: [m1.id, m2.id].sort((a, b) => a - b), coOwnerIds: [] }),
    ])

    const now = await api('steering')
      .get(`/api/v1/implementation-plans/${plan.id}/as-of`)
      .query({ date: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }) })
    expect(now.status).toBe(200)
    const stored = await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })
    expect(now.body).toMatchObject({
      status: 'adopted',
      adoptedOn: '2024-05-01',
      version: stored.version,
      updatedAt: stored.updatedAt.toISOString(),
      createdAt: stored.createdAt.toISOString(),
    })
    expect(Date.parse(now.body.asOf)).toBeLessThanOrEqual(Date.now())
    expect(now.body.actions.map((a: { id: number }) => a.id)).toEqual([second.id]) // the first is archived now
  })

  it('accepts a time with its zone offset', async () => {
    const { organisation, strategy } = await setting()
    const plan = await createPlan('coordinator', organisation.id, strategy.id)
    const created = (await auditEvents('ImplementationPlan', plan.id))[0].at
    const local = new Date(created.getTime() + 2 * 3_600_000).toISOString().replace('Z', '+02:00')
    const res = await api().get(`/api/v1/implementation-plans/${plan.id}/as-of`).query({ at: local })
    expect(res.body).toMatchObject({ asOf: created.toISOString(), id: plan.id, actions: [] })
  })

  it('404: a day or a time before the plan existed', async () => {
    const plan = await makePlan()
    const res = await api().get(`/api/v1/implementation-plans/${plan.id}/as-of`).query({ date: '2024-05-01' })
    expectProblem(res, 404, 'not-found')
    expect(res.body.detail).toBe('Planen fanns inte den dagen (2024-05-01).')
    const created = (await auditEvents('ImplementationPlan', plan.id))[0].at
    expectProblem(
      await api()
        .get(`/api/v1/implementation-plans/${plan.id}/as-of`)
        .query({ at: new Date(created.getTime() - 1).toISOString() }),
      404,
      'not-found',
    )
  })

  it('404: an unknown plan', async () => {
    const res = await api().get('/api/v1/implementation-plans/999999/as-of').query({ date: '2024-05-01' })
    expectProblem(res, 404, 'not-found')
    expect(res.body.detail).toBe('Genomförandeplanen med id 999999 finns inte.')
  })

  it('422: a day or a time in the future', async () => {
    const plan = await makePlan()
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })
    const day = await api().get(`/api/v1/implementation-plans/${plan.id}/as-of`).query({ date: tomorrow })
    expectProblem(day, 422, 'rule-violated', ['date'])
    expect(day.body.detail).toBe(`${tomorrow} ligger i framtiden: planen kan bara visas som den såg ut fram till i dag.`)
    const later = new Date(Date.now() + 60_000).toISOString()
    expectProblem(await api().get(`/api/v1/implementation-plans/${plan.id}/as-of`).query({ at: later }), 422, 'rule-violated', ['at'])
  })

  it('400: neither or both of date and at, a malformed date, an unknown parameter', async () => {
    const url = '/api/v1/implementation-plans/1/as-of'
    const neither = await api().get(url)
    expectProblem(neither, 400, 'validation-failed', ['date'])
    expect(neither.body.errors[0].message).toBe('Ange antingen ett datum (date) eller en tidpunkt (at), inte båda.')
    expectProblem(await api().get(url).query({ date: '2024-05-01', at: '2024-05-01T10:00:00Z' }), 400, 'validation-failed', ['date'])
    expectProblem(await api().get(url).query({ date: '2024-02-30' }), 400, 'validation-failed', ['date'])
    expectProblem(await api().get(url).query({ at: '2024-05-01 10:00' }), 400, 'validation-failed', ['at'])
    expectProblem(await api().get(url).query({ date: '2024-05-01', colour: 'red' }), 400, 'validation-failed', ['colour'])
  })

  it('401: signed-in users only', async () => {
    expectProblem(await api('anonymous').get('/api/v1/implementation-plans/1/as-of').query({ date: '2024-05-01' }), 401, 'unauthenticated')
  })
})

describe('the end of a day in Swedish time', () => {
  it.each([
    ['2024-05-01', '2024-05-01T21:59:59.999Z'], // summer time (CEST, +2)
    ['2024-01-15', '2024-01-15T22:59:59.999Z'], // winter time (CET, +1)
    ['2024-03-30', '2024-03-30T22:59:59.999Z'], // the night before the clocks go forward
    ['2024-03-31', '2024-03-31T21:59:59.999Z'], // the day they went forward
    ['2024-10-26', '2024-10-26T21:59:59.999Z'], // the night before they go back
    ['2024-10-27', '2024-10-27T22:59:59.999Z'], // the day they went back
    ['2024-12-31', '2024-12-31T22:59:59.999Z'], // into a new year
  ])('%s ends at %s', (date, end) => {
    expect(endOfStockholmDay(date).toISOString()).toBe(end)
  })

  it('today is shown as of now; a past day as of its end', () => {
    const now = new Date('2024-05-01T12:00:00Z')
    expect(momentOf({ date: '2024-05-01' }, now)).toEqual(now)
    expect(momentOf({ date: '2024-04-30' }, now).toISOString()).toBe('2024-04-30T21:59:59.999Z')
    // 23:30 on 30 April in UTC is already 1 May in Sweden: 1 May is today there, not the future
    expect(momentOf({ date: '2024-05-01' }, new Date('2024-04-30T23:30:00Z')).toISOString()).toBe('2024-04-30T23:30:00.000Z')
  })
})

describe('the audit trail', () => {
  it('is append-only: UPDATE and DELETE of AuditEvent rows fail, whoever asks', async () => {
    const plan = await makePlan()
    const [event] = await auditEvents('ImplementationPlan', plan.id)
    await expect(db().$executeRaw`UPDATE "AuditEvent" SET "userId" = NULL, "action" = 'UPDATE' WHERE id = ${event.id}`).rejects.toThrow(
      /append-only/,
    )
    await expect(db().$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(/append-only/)
    expect(await db().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event)
  })
})
