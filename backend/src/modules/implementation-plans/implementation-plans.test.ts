import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeOrganisation, makePlan, makeStrategy } from '../../test/factories'
import { makeUser, standardSession } from '../../test/users'

const URL = '/api/v1/implementation-plans'
/** The standard test coordinator: the factories bind them to every organisation they create (unless foreign). */
const coordinator = () => api('coordinator')

/** A plan of an organisation the standard coordinator does not work for. */
async function foreignPlan() {
  return makePlan({ organisationId: (await makeOrganisation({ foreign: true })).id })
}

async function validBody() {
  const [organisation, strategy] = await Promise.all([makeOrganisation(), makeStrategy()])
  return {
    organisationId: organisation.id,
    strategyId: strategy.id,
    title: 'Handlingsplan mot våld i nära relation',
    startYear: 2022,
    endYear: 2025,
  }
}

describe('GET /api/v1/implementation-plans', () => {
  it('200: filters by strategy, organisation and status, with organisation name and active action count, archived left out', async () => {
    const strategy = await makeStrategy()
    const organisation = await makeOrganisation()
    const plan = await makePlan({ strategyId: strategy.id, organisationId: organisation.id })
    const other = await makePlan({ strategyId: strategy.id })
    const archived = await makePlan({ strategyId: strategy.id, organisationId: organisation.id })
    await db().implementationPlan.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    await db().implementationPlan.update({ where: { id: other.id }, data: { status: 'adopted', adoptedOn: new Date('2022-01-10') } })
    await makeAction({ planId: plan.id })
    await makeAction({ planId: plan.id })
    const gone = await makeAction({ planId: plan.id })
    await db().planAction.update({ where: { id: gone.id }, data: { archivedAt: new Date() } })

    const res = await api().get(URL).query({ strategyId: strategy.id, organisationId: organisation.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 50 })
    expect(res.body.items[0]).toMatchObject({
      id: plan.id,
      organisationId: organisation.id,
      organisationName: organisation.name,
      strategyId: strategy.id,
      actionCount: 2,
      status: 'draft',
    })

    const adopted = await api().get(URL).query({ strategyId: strategy.id, status: 'adopted' })
    expect(adopted.body.items.map((p: { id: number }) => p.id)).toEqual([other.id])
    expect(adopted.body.items[0].adoptedOn).toBe('2022-01-10')

    const all = await api().get(URL).query({ strategyId: strategy.id, includeArchived: 'true', pageSize: 2, page: 2 })
    expect(all.body).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(all.body.items).toHaveLength(1)
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const strategy = await makeStrategy()
    for (let i = 0; i < 20; i++) {
      const plan = await makePlan({ strategyId: strategy.id })
      await makeAction({ planId: plan.id })
    }
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(URL).query({ strategyId: strategy.id, pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    const res = await api().get(URL).query({ strategyId: 'x', status: 'done', page: 0, colour: 'red' })
    expectProblem(res, 400, 'validation-failed', ['strategyId', 'status', 'page', 'colour'])
  })

  it("200 for every signed-in role, other organisations' plans included; 401 anonymous", async () => {
    const plan = await foreignPlan()
    for (const who of ['coordinator', 'steering', 'opk'] as const)
      expect((await api(who).get(URL).query({ organisationId: plan.organisationId })).body.items.map((p: { id: number }) => p.id)).toEqual([
        plan.id,
      ])
    expectProblem(await api('anonymous').get(URL), 401, 'unauthenticated')
  })
})

describe('POST /api/v1/implementation-plans', () => {
  it('201: creates and stores it', async () => {
    const body = { ...(await validBody()), status: 'adopted', adoptedOn: '2022-03-15', adoptedBy: 'Kommunfullmäktige' }
    const res = await coordinator().post(URL).send(body)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      ...body,
      id: expect.any(Number),
      version: 1,
      archivedAt: null,
      actionCount: 0,
      organisationName: expect.any(String),
    })
    expect(await db().implementationPlan.findUnique({ where: { id: res.body.id } })).toMatchObject({
      title: body.title,
      status: 'adopted',
      adoptedOn: new Date('2022-03-15T00:00:00Z'),
      adoptedBy: 'Kommunfullmäktige',
    })
  })

  it('201: the audit trail names the coordinator who created it', async () => {
    const res = await coordinator()
      .post(URL)
      .send(await validBody())
      .expect(201)
    const event = await db().auditEvent.findFirst({ where: { entity: 'ImplementationPlan', entityId: res.body.id, action: 'INSERT' } })
    expect(event).toMatchObject({
      userId: standardSession('coordinator').userId,
      after: expect.objectContaining({ title: 'Handlingsplan mot våld i nära relation' }),
    })
  })

  it('401: anonymous, nothing written', async () => {
    const body = await validBody()
    expectProblem(await api('anonymous').post(URL).send(body), 401, 'unauthenticated')
    expect(await db().implementationPlan.count({ where: { organisationId: body.organisationId } })).toBe(0)
  })

  it('403: OPK staff and the steering group do not write plans; nothing written', async () => {
    const body = await validBody()
    for (const who of ['opk', 'steering'] as const) expectProblem(await api(who).post(URL).send(body), 403, 'forbidden')
    expect(await db().implementationPlan.count({ where: { organisationId: body.organisationId } })).toBe(0)
  })

  it('403: a plan for another organisation (or one that does not exist), even when the body breaks a rule too', async () => {
    const body = { ...(await validBody()), organisationId: (await makeOrganisation({ foreign: true })).id }
    const res = await coordinator().post(URL).send(body)
    expectProblem(res, 403, 'forbidden')
    expect(res.body.detail).toBe('Du kan bara ändra genomförandeplaner för din egen organisation.')
    expectProblem(
      await coordinator()
        .post(URL)
        .send({ ...body, startYear: 2026, endYear: 2020 }),
      403,
      'forbidden',
    )
    expectProblem(
      await coordinator()
        .post(URL)
        .send({ ...body, organisationId: 999999 }),
      403,
      'forbidden',
    )
    expect(await db().implementationPlan.count({ where: { organisationId: body.organisationId } })).toBe(0)
  })

  it('201: a coordinator of several organisations writes for each of them', async () => {
    const [a, b] = [await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true })]
    const both = api(await makeUser('coordinator', [a.id, b.id]))
    const body = await validBody()
    for (const organisationId of [a.id, b.id]) expect((await both.post(URL).send({ ...body, organisationId })).status).toBe(201)
  })

  it('400: names every bad field, nothing written', async () => {
    const before = await db().implementationPlan.count()
    const res = await coordinator()
      .post(URL)
      .send({ organisationId: 'a', title: '', startYear: 1990, endYear: 2025.5, status: 'final', adoptedOn: '15/3/2022', owner: 'x' })
    expectProblem(res, 400, 'validation-failed', [
      'organisationId',
      'strategyId',
      'title',
      'startYear',
      'endYear',
      'status',
      'adoptedOn',
      'owner',
    ])
    expect(await db().implementationPlan.count()).toBe(before)
  })

  it('422: an unknown strategy', async () => {
    const body = await validBody()
    expectProblem(
      await coordinator()
        .post(URL)
        .send({ ...body, strategyId: 999999 }),
      422,
      'rule-violated',
      ['strategyId'],
    )
  })

  it('422: an archived organisation', async () => {
    const body = await validBody()
    await db().organisation.update({ where: { id: body.organisationId }, data: { archivedAt: new Date() } })
    expectProblem(await coordinator().post(URL).send(body), 422, 'rule-violated', ['organisationId'])
  })

  it('422: startYear after endYear', async () => {
    expectProblem(
      await coordinator()
        .post(URL)
        .send({ ...(await validBody()), startYear: 2025, endYear: 2023 }),
      422,
      'rule-violated',
      ['endYear'],
    )
  })

  it('422: years outside the strategy (2020–2026)', async () => {
    const body = await validBody()
    expectProblem(
      await coordinator()
        .post(URL)
        .send({ ...body, startYear: 2019 }),
      422,
      'rule-violated',
      ['startYear'],
    )
    expectProblem(
      await coordinator()
        .post(URL)
        .send({ ...body, endYear: 2027 }),
      422,
      'rule-violated',
      ['endYear'],
    )
  })

  it('422: adopted without adoptedOn, and nothing was written by any refusal', async () => {
    const body = await validBody()
    const res = await coordinator()
      .post(URL)
      .send({ ...body, status: 'adopted' })
    expectProblem(res, 422, 'rule-violated', ['adoptedOn'])
    expect(res.body.detail).toBe('Ange datumet då planen antogs.')
    expect(await db().implementationPlan.count({ where: { organisationId: body.organisationId } })).toBe(0)
  })
})

describe('GET /api/v1/implementation-plans/:id', () => {
  it('200 and 404', async () => {
    const plan = await makePlan()
    expect((await api().get(`${URL}/${plan.id}`)).body).toMatchObject({ id: plan.id, title: plan.title, actionCount: 0 })
    expectProblem(await api().get(`${URL}/999999`), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get(`${URL}/abc`), 400, 'validation-failed', ['id'])
  })

  it("200 for every signed-in role, another organisation's plan too; 401 anonymous", async () => {
    const plan = await foreignPlan()
    for (const who of ['coordinator', 'steering', 'opk'] as const) expect((await api(who).get(`${URL}/${plan.id}`)).status).toBe(200)
    expectProblem(await api('anonymous').get(`${URL}/${plan.id}`), 401, 'unauthenticated')
  })
})

describe('PATCH /api/v1/implementation-plans/:id', () => {
  it('200: updates with the current version and bumps it', async () => {
    const plan = await makePlan()
    const res = await coordinator()
      .patch(`${URL}/${plan.id}`)
      .send({ title: 'Ny titel', status: 'adopted', adoptedOn: '2023-05-02', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ title: 'Ny titel', status: 'adopted', adoptedOn: '2023-05-02', version: 2 })
    expect(await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ title: 'Ny titel', version: 2 })
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const plan = await makePlan()
    await coordinator().patch(`${URL}/${plan.id}`).send({ title: 'Först', version: 1 }).expect(200)
    const res = await coordinator().patch(`${URL}/${plan.id}`).send({ title: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect((await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })).title).toBe('Först')
  })

  it('409: two editors with the same version — exactly one wins and the row holds its text', async () => {
    const plan = await makePlan()
    const answers = await Promise.all(
      ['Anna', 'Bengt'].map((who) =>
        coordinator()
          .patch(`${URL}/${plan.id}`)
          .send({ title: `Ändrad av ${who}`, version: 1 }),
      ),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = answers.find((r) => r.status === 200)!
    const stored = await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })
    expect(stored).toMatchObject({ title: winner.body.title, version: 2 })
  })

  it('400 without a version or with organisationId; 404 for an unknown id', async () => {
    const plan = await makePlan()
    expectProblem(await coordinator().patch(`${URL}/${plan.id}`).send({ title: 'X' }), 400, 'validation-failed', ['version'])
    expectProblem(await coordinator().patch(`${URL}/${plan.id}`).send({ organisationId: 1, version: 1 }), 400, 'validation-failed', [
      'organisationId',
    ])
    expectProblem(await coordinator().patch(`${URL}/999999`).send({ title: 'X', version: 1 }), 404, 'not-found')
  })

  it('401 anonymous; 403 OPK staff, steering group and a coordinator of another organisation (even with a rule broken); the row is unchanged', async () => {
    const plan = await foreignPlan()
    expectProblem(await api('anonymous').patch(`${URL}/${plan.id}`).send({ title: 'X', version: 1 }), 401, 'unauthenticated')
    for (const who of ['opk', 'steering', 'coordinator'] as const)
      expectProblem(await api(who).patch(`${URL}/${plan.id}`).send({ title: 'X', version: 1 }), 403, 'forbidden')
    expectProblem(await coordinator().patch(`${URL}/${plan.id}`).send({ startYear: 2026, endYear: 2020, version: 7 }), 403, 'forbidden')
    expect(await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })).toEqual(plan)
  })

  it('200: the audit trail records who changed what', async () => {
    const plan = await makePlan()
    await coordinator().patch(`${URL}/${plan.id}`).send({ title: 'Reviderad plan', version: 1 }).expect(200)
    const event = await db().auditEvent.findFirst({ where: { entity: 'ImplementationPlan', entityId: plan.id, action: 'UPDATE' } })
    expect(event).toMatchObject({
      userId: standardSession('coordinator').userId,
      before: expect.objectContaining({ title: plan.title }),
      after: expect.objectContaining({ title: 'Reviderad plan', version: 2 }),
    })
  })

  it('422: the rules hold for the plan as it will be, and nothing is written', async () => {
    const plan = await makePlan() // 2021–2026 in a 2020–2026 strategy
    expectProblem(
      await coordinator().patch(`${URL}/${plan.id}`).send({ startYear: 2026, endYear: 2025, version: 1 }),
      422,
      'rule-violated',
      ['endYear'],
    )
    expectProblem(await coordinator().patch(`${URL}/${plan.id}`).send({ endYear: 2030, version: 1 }), 422, 'rule-violated', ['endYear'])
    expectProblem(await coordinator().patch(`${URL}/${plan.id}`).send({ startYear: 2019, version: 1 }), 422, 'rule-violated', ['startYear'])
    expectProblem(await coordinator().patch(`${URL}/${plan.id}`).send({ status: 'adopted', version: 1 }), 422, 'rule-violated', [
      'adoptedOn',
    ])
    expect(await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      startYear: 2021,
      endYear: 2026,
      status: 'draft',
      version: 1,
    })
  })
})

describe('POST /api/v1/implementation-plans/:id/archive and /restore', () => {
  it('archives and restores, never deletes', async () => {
    const plan = await makePlan()
    const archived = await coordinator().post(`${URL}/${plan.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    expect((await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })).archivedAt).toBeInstanceOf(Date)
    const restored = await coordinator().post(`${URL}/${plan.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expectProblem(await coordinator().post(`${URL}/999999/archive`), 404, 'not-found')
  })

  it('401 anonymous; 403 OPK staff, steering group and a coordinator of another organisation; the row is unchanged', async () => {
    const plan = await foreignPlan()
    for (const action of ['archive', 'restore']) {
      expectProblem(await api('anonymous').post(`${URL}/${plan.id}/${action}`), 401, 'unauthenticated')
      for (const who of ['opk', 'steering', 'coordinator'] as const)
        expectProblem(await api(who).post(`${URL}/${plan.id}/${action}`), 403, 'forbidden')
    }
    expect(await db().implementationPlan.findUniqueOrThrow({ where: { id: plan.id } })).toEqual(plan)
  })
})
