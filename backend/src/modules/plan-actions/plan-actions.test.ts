import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeGoal, makeMeasure, makeOrganisation, makePlan, makeStrategy } from '../../test/factories'
import { makeUser, standardSession } from '../../test/users'

const planUrl = (planId: number) => `/api/v1/implementation-plans/${planId}/actions`
const URL = '/api/v1/plan-actions'
/** The standard test coordinator: the factories bind them to every organisation they create (unless foreign). */
const coordinator = () => api('coordinator')

/** An action in a plan of an organisation the standard coordinator does not work for, and its stored links. */
async function foreignAction() {
  const plan = await makePlan({ organisationId: (await makeOrganisation({ foreign: true })).id })
  const action = await makeAction({ planId: plan.id })
  return { plan, action }
}

/** The action with its links as stored, to prove a refused write changed nothing. */
const storedAction = (id: number) => db().planAction.findUniqueOrThrow({ where: { id }, include: { measures: true, coOwners: true } })

/** A plan with two measures of its strategy and a possible co-owner. */
async function setting() {
  const plan = await makePlan()
  const [m1, m2] = [await makeMeasure({ strategyId: plan.strategyId }), await makeMeasure({ strategyId: plan.strategyId })]
  const partner = await makeOrganisation({ kind: 'authority', name: `Polisen ${plan.id}` })
  return { plan, m1, m2, partner }
}

/** Everything a refused write must not have touched: actions of the plan and link rows of the measures and organisation. */
async function written(planId: number, measureIds: number[], organisationId: number) {
  const [actions, measureLinks, coOwnerLinks] = await Promise.all([
    db().planAction.count({ where: { planId } }),
    db().planActionMeasure.count({ where: { measureId: { in: measureIds } } }),
    db().planActionCoOwner.count({ where: { organisationId } }),
  ])
  return { actions, measureLinks, coOwnerLinks }
}

describe('GET /api/v1/implementation-plans/:id/actions', () => {
  it("200: the plan's actions filtered by status, measure and goal (sub-goals included), archived left out", async () => {
    const { plan, m1, m2 } = await setting()
    const subGoal = await makeGoal({ strategyId: plan.strategyId, parentId: m1.goalId })
    const m3 = await makeMeasure({ goalId: subGoal.id })
    const a = await makeAction({ planId: plan.id, measureIds: [m1.id], status: 'ongoing' })
    const b = await makeAction({ planId: plan.id, measureIds: [m2.id], status: 'planned' })
    const c = await makeAction({ planId: plan.id, measureIds: [m3.id], status: 'ongoing' })
    const archived = await makeAction({ planId: plan.id, measureIds: [m1.id] })
    await db().planAction.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    await makeAction() // another plan

    const res = await api().get(planUrl(plan.id))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 50 })
    expect(res.body.items.map((x: { id: number }) => x.id)).toEqual([a.id, b.id, c.id])
    expect(res.body.items[0]).toMatchObject({
      planId: plan.id,
      organisationId: plan.organisationId,
      strategyId: plan.strategyId,
      measures: [{ id: m1.id, code: m1.code, title: m1.title }],
      coOwners: [],
    })

    const ids = async (query: Record<string, unknown>) =>
      (await api().get(planUrl(plan.id)).query(query)).body.items.map((x: { id: number }) => x.id)
    expect(await ids({ status: 'planned' })).toEqual([b.id])
    expect(await ids({ measureId: m2.id })).toEqual([b.id])
    expect(await ids({ goalId: m1.goalId })).toEqual([a.id, c.id])
    expect(await ids({ goalId: subGoal.id, status: 'ongoing' })).toEqual([c.id])
    expect(await ids({ includeArchived: 'true', measureId: m1.id })).toEqual([a.id, archived.id])
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const { plan, m1, m2, partner } = await setting()
    for (let i = 0; i < 20; i++) {
      const action = await makeAction({ planId: plan.id, measureIds: [m1.id, m2.id] })
      await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
    }
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(planUrl(plan.id)).query({ pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter; 404: an unknown plan', async () => {
    const plan = await makePlan()
    expectProblem(await api().get(planUrl(plan.id)).query({ status: 'done', measureId: 'x', planId: 1 }), 400, 'validation-failed', [
      'status',
      'measureId',
      'planId',
    ])
    expectProblem(await api().get(planUrl(999999)), 404, 'not-found')
  })

  it("200 for every signed-in role, another organisation's plan too; 401 anonymous", async () => {
    const { plan, action } = await foreignAction()
    for (const who of ['coordinator', 'steering', 'opk'] as const)
      expect((await api(who).get(planUrl(plan.id))).body.items.map((a: { id: number }) => a.id)).toEqual([action.id])
    expectProblem(await api('anonymous').get(planUrl(plan.id)), 401, 'unauthenticated')
  })
})

describe('POST /api/v1/implementation-plans/:id/actions', () => {
  it('201: creates the action with its measures and co-owners, in the database too', async () => {
    const { plan, m1, m2, partner } = await setting()
    const body = {
      title: 'Rutin för frågor om våld inom ekonomiskt bistånd',
      responsibleUnit: 'Socialförvaltningen',
      plannedStart: '2024-01-01',
      plannedEnd: '2024-12-31',
      status: 'ongoing',
      measureIds: [m1.id, m2.id],
      coOwnerIds: [partner.id],
    }
    const res = await coordinator().post(planUrl(plan.id)).send(body)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      version: 1,
      planId: plan.id,
      organisationId: plan.organisationId,
      strategyId: plan.strategyId,
      title: body.title,
      description: '',
      plannedStart: '2024-01-01',
      plannedEnd: '2024-12-31',
      status: 'ongoing',
      coOwners: [{ id: partner.id, name: partner.name }],
    })
    expect(res.body.measures.map((m: { id: number }) => m.id).sort()).toEqual([m1.id, m2.id].sort())
    const stored = await db().planAction.findUniqueOrThrow({ where: { id: res.body.id }, include: { measures: true, coOwners: true } })
    expect(stored).toMatchObject({ title: body.title, plannedEnd: new Date('2024-12-31T00:00:00Z') })
    expect(stored.measures.map((m) => m.measureId).sort()).toEqual([m1.id, m2.id].sort())
    expect(stored.coOwners.map((o) => o.organisationId)).toEqual([partner.id])
  })

  it('201: the audit trail names the coordinator, for the action and for each of its link rows', async () => {
    const { plan, m1, m2, partner } = await setting()
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'Gemensam rutin', measureIds: [m1.id, m2.id], coOwnerIds: [partner.id] })
      .expect(201)
    const userId = standardSession('coordinator').userId
    const inserted = (entity: string) => db().auditEvent.findMany({ where: { entity, entityId: res.body.id, action: 'INSERT' } })
    expect(await db().auditEvent.findFirst({ where: { entity: 'PlanAction', entityId: res.body.id, action: 'INSERT' } })).toMatchObject({
      userId,
      after: expect.objectContaining({ title: 'Gemensam rutin' }),
    })
    const measureLinks = await inserted('PlanActionMeasure')
    expect(measureLinks.map((e) => [e.userId, (e.after as { measureId: number }).measureId]).sort()).toEqual(
      [
        [userId, m1.id],
        [userId, m2.id],
      ].sort(),
    )
    expect((await inserted('PlanActionCoOwner')).map((e) => [e.userId, (e.after as { organisationId: number }).organisationId])).toEqual([
      [userId, partner.id],
    ])
  })

  it('401: anonymous, nothing written', async () => {
    const { plan, m1, partner } = await setting()
    expectProblem(
      await api('anonymous')
        .post(planUrl(plan.id))
        .send({ title: 'X', measureIds: [m1.id] }),
      401,
      'unauthenticated',
    )
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('403: OPK staff and the steering group do not write actions; nothing written', async () => {
    const { plan, m1, partner } = await setting()
    for (const who of ['opk', 'steering'] as const)
      expectProblem(
        await api(who)
          .post(planUrl(plan.id))
          .send({ title: 'X', measureIds: [m1.id] }),
        403,
        'forbidden',
      )
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('403: a plan of another organisation, even when the body breaks a rule too; nothing written', async () => {
    const { plan } = await foreignAction()
    const measure = await makeMeasure({ strategyId: plan.strategyId })
    const partner = await makeOrganisation()
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'X', measureIds: [measure.id], coOwnerIds: [partner.id] })
    expectProblem(res, 403, 'forbidden')
    expect(res.body.detail).toBe('Du kan bara ändra aktiviteter för din egen organisation.')
    expectProblem(
      await coordinator()
        .post(planUrl(plan.id))
        .send({ title: 'X', measureIds: [999999], plannedStart: '2025-06-01', plannedEnd: '2025-01-01' }),
      403,
      'forbidden',
    )
    expect(await written(plan.id, [measure.id], partner.id)).toEqual({ actions: 1, measureLinks: 0, coOwnerLinks: 0 })
  })

  it("403: a co-owner of the plan's other actions cannot add actions to that plan", async () => {
    const { plan, action } = await foreignAction()
    const partner = await makeOrganisation()
    await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
    const measure = await makeMeasure({ strategyId: plan.strategyId })
    expectProblem(
      await coordinator()
        .post(planUrl(plan.id))
        .send({ title: 'X', measureIds: [measure.id] }),
      403,
      'forbidden',
    )
    expect(await db().planAction.count({ where: { planId: plan.id } })).toBe(1)
  })

  it('400: an empty measureIds and other bad fields are named, nothing written', async () => {
    const { plan, m1, partner } = await setting()
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: ' ', measureIds: [], coOwnerIds: ['x'], plannedStart: '2024-13-01', status: 'done', planId: 1 })
    expectProblem(res, 400, 'validation-failed', ['title', 'measureIds', 'coOwnerIds.0', 'plannedStart', 'status', 'planId'])
    expect(res.body.errors.find((e: { path: string }) => e.path === 'measureIds').message).toBe('Koppla aktiviteten till minst en åtgärd.')
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('400: the same measure or co-owner twice', async () => {
    const { plan, m1, partner } = await setting()
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'Dubbelt', measureIds: [m1.id, m1.id], coOwnerIds: [partner.id, partner.id] })
    expectProblem(res, 400, 'validation-failed', ['measureIds', 'coOwnerIds'])
    expect(res.body.errors[0].message).toBe('Samma id får bara anges en gång.')
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('404: an unknown plan', async () => {
    const m = await makeMeasure()
    expectProblem(
      await coordinator()
        .post(planUrl(999999))
        .send({ title: 'X', measureIds: [m.id] }),
      404,
      'not-found',
    )
  })

  it('422: a measure that does not exist', async () => {
    const { plan, m1, partner } = await setting()
    expectProblem(
      await coordinator()
        .post(planUrl(plan.id))
        .send({ title: 'X', measureIds: [m1.id, 999999], coOwnerIds: [partner.id] }),
      422,
      'rule-violated',
      ['measureIds'],
    )
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('422: a measure of another strategy, and no action nor link rows are written', async () => {
    const { plan, m1, partner } = await setting()
    const foreign = await makeMeasure({ strategyId: (await makeStrategy()).id })
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'X', measureIds: [m1.id, foreign.id], coOwnerIds: [partner.id] })
    expectProblem(res, 422, 'rule-violated', ['measureIds'])
    expect(res.body.detail).toContain('tillhör en annan strategi')
    expect(await written(plan.id, [m1.id, foreign.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('422: an archived measure', async () => {
    const { plan, m1, m2, partner } = await setting()
    await db().measure.update({ where: { id: m2.id }, data: { archivedAt: new Date() } })
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'X', measureIds: [m1.id, m2.id] })
    expectProblem(res, 422, 'rule-violated', ['measureIds'])
    expect(res.body.detail).toContain('arkiverad')
    expect(await written(plan.id, [m1.id, m2.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it("422: a co-owner that does not exist, is archived, or is the plan's own organisation", async () => {
    const { plan, m1, partner } = await setting()
    const gone = await makeOrganisation({ kind: 'authority' })
    await db().organisation.update({ where: { id: gone.id }, data: { archivedAt: new Date() } })
    for (const coOwnerIds of [[partner.id, 999999], [gone.id], [partner.id, plan.organisationId]])
      expectProblem(
        await coordinator()
          .post(planUrl(plan.id))
          .send({ title: 'X', measureIds: [m1.id], coOwnerIds }),
        422,
        'rule-violated',
        ['coOwnerIds'],
      )
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('422: plannedStart after plannedEnd', async () => {
    const { plan, m1, partner } = await setting()
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'X', measureIds: [m1.id], plannedStart: '2025-06-01', plannedEnd: '2025-01-31' })
    expectProblem(res, 422, 'rule-violated', ['plannedEnd'])
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })

  it('422: an archived plan takes no new actions', async () => {
    const { plan, m1, partner } = await setting()
    await db().implementationPlan.update({ where: { id: plan.id }, data: { archivedAt: new Date() } })
    const res = await coordinator()
      .post(planUrl(plan.id))
      .send({ title: 'X', measureIds: [m1.id] })
    expectProblem(res, 422, 'rule-violated')
    expect(res.body.errors).toBeUndefined()
    expect(await written(plan.id, [m1.id], partner.id)).toEqual({ actions: 0, measureLinks: 0, coOwnerLinks: 0 })
  })
})

describe('GET /api/v1/plan-actions', () => {
  it('200: searches the county by strategy, plan, and organisation as owner or co-owner', async () => {
    const strategy = await makeStrategy()
    const police = await makeOrganisation({ kind: 'authority' })
    const own = await makePlan({ strategyId: strategy.id })
    const policePlan = await makePlan({ strategyId: strategy.id, organisationId: police.id })
    const measure = await makeMeasure({ strategyId: strategy.id })
    const a = await makeAction({ planId: own.id, measureIds: [measure.id], status: 'ongoing' })
    const joint = await makeAction({ planId: own.id, measureIds: [measure.id], status: 'planned' })
    await db().planActionCoOwner.create({ data: { actionId: joint.id, organisationId: police.id } })
    const policeOwn = await makeAction({ planId: policePlan.id, measureIds: [measure.id], status: 'ongoing' })
    await makeAction() // another strategy

    const ids = async (query: Record<string, unknown>) => {
      const res = await api().get(URL).query(query)
      expect(res.status).toBe(200)
      return res.body.items.map((x: { id: number }) => x.id).sort((x: number, y: number) => x - y)
    }
    expect(await ids({ strategyId: strategy.id })).toEqual([a.id, joint.id, policeOwn.id].sort((x, y) => x - y))
    expect(await ids({ organisationId: police.id })).toEqual([joint.id, policeOwn.id].sort((x, y) => x - y))
    expect(await ids({ organisationId: police.id, status: 'ongoing' })).toEqual([policeOwn.id])
    expect(await ids({ planId: own.id, measureId: measure.id })).toEqual([a.id, joint.id].sort((x, y) => x - y))
    expect(await ids({ strategyId: strategy.id, goalId: measure.goalId, pageSize: 2 })).toHaveLength(2)
    const joined = (await api().get(URL).query({ planId: own.id, organisationId: police.id })).body.items[0]
    expect(joined).toMatchObject({ id: joint.id, organisationId: own.organisationId, coOwners: [{ id: police.id, name: police.name }] })
  })

  it("200: ordered by the plan's organisation's name, then plan, then action; pages cross plans; total counts all", async () => {
    const strategy = await makeStrategy()
    const tag = `Ordning ${Date.now()}`
    const expected: number[] = []
    // created in another order than the names': C's plan first
    const plans = []
    for (const name of ['C', 'A', 'B'])
      plans.push({
        name,
        plan: await makePlan({ strategyId: strategy.id, organisationId: (await makeOrganisation({ name: `${tag} ${name}` })).id }),
      })
    const second = await makePlan({ strategyId: strategy.id, organisationId: plans[1].plan.organisationId }) // A has two plans
    const actionsOf = async (planId: number, n: number) => {
      const ids = []
      for (let i = 0; i < n; i++) ids.push((await makeAction({ planId })).id)
      return ids
    }
    const [c, a, b] = [await actionsOf(plans[0].plan.id, 2), await actionsOf(plans[1].plan.id, 3), await actionsOf(plans[2].plan.id, 1)]
    const a2 = await actionsOf(second.id, 2)
    expected.push(...a, ...a2, ...b, ...c)
    const seen: number[] = []
    for (let page = 1; page <= 5; page++) {
      const res = await api().get(URL).query({ strategyId: strategy.id, page, pageSize: 2 }).expect(200)
      expect(res.body).toMatchObject({ page, pageSize: 2, total: 8 })
      seen.push(...res.body.items.map((x: { id: number }) => x.id))
    }
    expect(seen).toEqual(expected)
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const strategy = await makeStrategy()
    const partner = await makeOrganisation({ kind: 'region' })
    for (let i = 0; i < 20; i++) {
      const plan = await makePlan({ strategyId: strategy.id })
      const action = await makeAction({ planId: plan.id })
      await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
    }
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(URL).query({ strategyId: strategy.id, organisationId: partner.id, pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    expectProblem(await api().get(URL).query({ organisationId: '-1', goalId: 'mål', pageSize: 500 }), 400, 'validation-failed', [
      'organisationId',
      'goalId',
      'pageSize',
    ])
  })

  it("200 for every signed-in role, other organisations' actions too; 401 anonymous", async () => {
    const { plan, action } = await foreignAction()
    for (const who of ['coordinator', 'steering', 'opk'] as const)
      expect((await api(who).get(URL).query({ planId: plan.id })).body.items.map((a: { id: number }) => a.id)).toEqual([action.id])
    expectProblem(await api('anonymous').get(URL), 401, 'unauthenticated')
  })
})

describe('GET /api/v1/plan-actions/:id', () => {
  it('200 and 404', async () => {
    const action = await makeAction()
    expect((await api().get(`${URL}/${action.id}`)).body).toMatchObject({
      id: action.id,
      title: action.title,
      measures: [expect.objectContaining({ id: expect.any(Number) })],
    })
    expectProblem(await api().get(`${URL}/999999`), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get(`${URL}/1.5`), 400, 'validation-failed', ['id'])
  })

  it("200 for every signed-in role, another organisation's action too; 401 anonymous", async () => {
    const { action } = await foreignAction()
    for (const who of ['coordinator', 'steering', 'opk'] as const) expect((await api(who).get(`${URL}/${action.id}`)).status).toBe(200)
    expectProblem(await api('anonymous').get(`${URL}/${action.id}`), 401, 'unauthenticated')
  })
})

describe('PATCH /api/v1/plan-actions/:id', () => {
  it('200: updates fields, replaces measure and co-owner links when given, and bumps the version', async () => {
    const { plan, m1, m2, partner } = await setting()
    const action = await makeAction({ planId: plan.id, measureIds: [m1.id] })
    const res = await coordinator()
      .patch(`${URL}/${action.id}`)
      .send({ title: 'Ny titel', plannedEnd: '2026-06-30', measureIds: [m2.id], coOwnerIds: [partner.id], version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      title: 'Ny titel',
      plannedEnd: '2026-06-30',
      version: 2,
      measures: [{ id: m2.id }],
      coOwners: [{ id: partner.id }],
    })
    const stored = await db().planAction.findUniqueOrThrow({ where: { id: action.id }, include: { measures: true, coOwners: true } })
    expect(stored.measures.map((m) => m.measureId)).toEqual([m2.id])
    expect(stored.coOwners.map((o) => o.organisationId)).toEqual([partner.id])

    const kept = await coordinator().patch(`${URL}/${action.id}`).send({ status: 'completed', version: 2 })
    expect(kept.body).toMatchObject({ status: 'completed', version: 3, measures: [{ id: m2.id }], coOwners: [{ id: partner.id }] })
    const cleared = await coordinator().patch(`${URL}/${action.id}`).send({ coOwnerIds: [], plannedEnd: null, version: 3 })
    expect(cleared.body).toMatchObject({ coOwners: [], plannedEnd: null, version: 4 })
  })

  it("200: a coordinator of a co-owner edits the joint action's description and status, and the audit trail names them", async () => {
    const { action } = await foreignAction()
    const partner = await makeOrganisation({ foreign: true })
    await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
    const partnerCoordinator = await makeUser('coordinator', [partner.id])
    const res = await api(partnerCoordinator)
      .patch(`${URL}/${action.id}`)
      .send({ description: 'Polisens del: gemensamma utbildningar.', status: 'completed', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      description: 'Polisens del: gemensamma utbildningar.',
      status: 'completed',
      version: 2,
      can: { edit: true, editLinks: false, archive: false },
    })
    const events = await db().auditEvent.findMany({
      where: { entityId: action.id, entity: { in: ['PlanAction', 'PlanActionCoOwner'] }, userId: partnerCoordinator.userId },
    })
    expect(events.map((e) => `${e.entity} ${e.action}`)).toEqual(['PlanAction UPDATE'])
  })

  it('403: a coordinator of a co-owner changes neither the links nor what the action is (each field named); row and links unchanged', async () => {
    const { action } = await foreignAction()
    const partner = await makeOrganisation({ foreign: true })
    await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
    const partnerCoordinator = api(await makeUser('coordinator', [partner.id]))
    const third = await makeOrganisation({ kind: 'authority' })
    const before = await storedAction(action.id)
    const res = await partnerCoordinator
      .patch(`${URL}/${action.id}`)
      .send({ title: 'Gemensam satsning', coOwnerIds: [partner.id, third.id], description: 'Ny', version: 1 })
    expectProblem(res, 403, 'forbidden', ['title', 'coOwnerIds'])
    expectProblem(await partnerCoordinator.patch(`${URL}/${action.id}`).send({ coOwnerIds: [], version: 1 }), 403, 'forbidden', [
      'coOwnerIds',
    ])
    expectProblem(await partnerCoordinator.patch(`${URL}/${action.id}`).send({ measureIds: [999999], version: 1 }), 403, 'forbidden', [
      'measureIds',
    ])
    expect(await storedAction(action.id)).toEqual(before)
  })

  it("200: OPK staff correct a joint action's links", async () => {
    const { action } = await foreignAction()
    const partner = await makeOrganisation({ foreign: true })
    const res = await api('opk')
      .patch(`${URL}/${action.id}`)
      .send({ coOwnerIds: [partner.id], version: 1 })
    expect(res.status).toBe(200)
    expect(res.body.coOwners.map((o: { id: number }) => o.id)).toEqual([partner.id])
  })

  it('401 anonymous; 403 steering group and a coordinator of another organisation (even with a rule broken); row and links unchanged', async () => {
    const { action } = await foreignAction()
    const before = await storedAction(action.id)
    const partner = await makeOrganisation()
    expectProblem(await api('anonymous').patch(`${URL}/${action.id}`).send({ title: 'X', version: 1 }), 401, 'unauthenticated')
    for (const who of ['steering', 'coordinator'] as const)
      expectProblem(
        await api(who)
          .patch(`${URL}/${action.id}`)
          .send({ title: 'X', coOwnerIds: [partner.id], version: 1 }),
        403,
        'forbidden',
      )
    expectProblem(
      await coordinator()
        .patch(`${URL}/${action.id}`)
        .send({ measureIds: [999999], plannedStart: '2025-06-01', plannedEnd: '2025-01-01', version: 9 }),
      403,
      'forbidden',
    )
    expect(await storedAction(action.id)).toEqual(before)
  })

  it('200: a measure archived after it was linked may stay linked', async () => {
    const { plan, m1, m2 } = await setting()
    const action = await makeAction({ planId: plan.id, measureIds: [m1.id] })
    await db().measure.update({ where: { id: m1.id }, data: { archivedAt: new Date() } })
    const res = await coordinator()
      .patch(`${URL}/${action.id}`)
      .send({ measureIds: [m1.id, m2.id], version: 1 })
    expect(res.status).toBe(200)
    expect(res.body.measures).toHaveLength(2)
  })

  it('409: a stale version is refused with the current one; row and links unchanged', async () => {
    const { plan, m1, m2 } = await setting()
    const action = await makeAction({ planId: plan.id, measureIds: [m1.id] })
    await coordinator().patch(`${URL}/${action.id}`).send({ title: 'Först', version: 1 }).expect(200)
    const res = await coordinator()
      .patch(`${URL}/${action.id}`)
      .send({ title: 'Sist', measureIds: [m2.id], version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    const stored = await db().planAction.findUniqueOrThrow({ where: { id: action.id }, include: { measures: true } })
    expect(stored).toMatchObject({ title: 'Först', version: 2 })
    expect(stored.measures.map((m) => m.measureId)).toEqual([m1.id])
  })

  it("409: two editors with the same version — exactly one wins, the row and its links are the winner's", async () => {
    const { plan, m1, m2 } = await setting()
    const action = await makeAction({ planId: plan.id, measureIds: [m1.id] })
    const edits = [
      { title: 'Annas text', measureIds: [m1.id] },
      { title: 'Bengts text', measureIds: [m2.id] },
    ]
    const answers = await Promise.all(
      edits.map((edit) =>
        coordinator()
          .patch(`${URL}/${action.id}`)
          .send({ ...edit, version: 1 }),
      ),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = edits[answers.findIndex((r) => r.status === 200)]
    const stored = await db().planAction.findUniqueOrThrow({ where: { id: action.id }, include: { measures: true } })
    expect(stored).toMatchObject({ title: winner.title, version: 2 })
    expect(stored.measures.map((m) => m.measureId)).toEqual(winner.measureIds)
  })

  it('400: without a version, an empty measureIds; 404: an unknown id', async () => {
    const action = await makeAction()
    expectProblem(await coordinator().patch(`${URL}/${action.id}`).send({ title: 'X' }), 400, 'validation-failed', ['version'])
    expectProblem(await coordinator().patch(`${URL}/${action.id}`).send({ measureIds: [], version: 1 }), 400, 'validation-failed', [
      'measureIds',
    ])
    expectProblem(await coordinator().patch(`${URL}/999999`).send({ title: 'X', version: 1 }), 404, 'not-found')
  })

  it('422: each rule, and the row and its links are left as they were', async () => {
    const { plan, m1, partner } = await setting()
    const action = await makeAction({ planId: plan.id, measureIds: [m1.id] })
    await db().planAction.update({ where: { id: action.id }, data: { plannedStart: new Date('2025-03-01') } })
    const foreign = await makeMeasure()
    const send = (body: Record<string, unknown>) =>
      coordinator()
        .patch(`${URL}/${action.id}`)
        .send({ title: 'Ändrad', ...body, version: 1 })
    expectProblem(await send({ plannedEnd: '2025-02-01' }), 422, 'rule-violated', ['plannedEnd'])
    const other = await send({ measureIds: [foreign.id] })
    expectProblem(other, 422, 'rule-violated', ['measureIds'])
    expect(other.body.detail).toContain('tillhör en annan strategi')
    expectProblem(await send({ measureIds: [999999] }), 422, 'rule-violated', ['measureIds'])
    expectProblem(await send({ coOwnerIds: [plan.organisationId] }), 422, 'rule-violated', ['coOwnerIds'])
    expectProblem(await send({ coOwnerIds: [partner.id, 999999] }), 422, 'rule-violated', ['coOwnerIds'])
    const stored = await db().planAction.findUniqueOrThrow({ where: { id: action.id }, include: { measures: true, coOwners: true } })
    expect(stored).toMatchObject({ title: action.title, version: 1, plannedEnd: null })
    expect(stored.measures.map((m) => m.measureId)).toEqual([m1.id])
    expect(stored.coOwners).toEqual([])
  })
})

describe('POST /api/v1/plan-actions/:id/archive and /restore', () => {
  it("archives and restores, never deletes, and the plan's action count follows", async () => {
    const plan = await makePlan()
    const action = await makeAction({ planId: plan.id })
    const archived = await coordinator().post(`${URL}/${action.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    expect((await api().get(`/api/v1/implementation-plans/${plan.id}`)).body.actionCount).toBe(0)
    const restored = await coordinator().post(`${URL}/${action.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expect((await api().get(`/api/v1/implementation-plans/${plan.id}`)).body.actionCount).toBe(1)
    expectProblem(await coordinator().post(`${URL}/999999/archive`), 404, 'not-found')
  })

  it('403: a coordinator of a co-owner neither archives nor restores the joint action, and the row is unchanged; OPK staff may', async () => {
    const { action } = await foreignAction()
    const partner = await makeOrganisation({ foreign: true })
    await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
    const partnerCoordinator = api(await makeUser('coordinator', [partner.id]))
    for (const verb of ['archive', 'restore']) {
      const res = await partnerCoordinator.post(`${URL}/${action.id}/${verb}`)
      expectProblem(res, 403, 'forbidden')
      expect(res.body.detail).toMatch(/bara organisationen som äger den/)
    }
    expect(await db().planAction.findUniqueOrThrow({ where: { id: action.id } })).toEqual(action)
    expect((await api('opk').post(`${URL}/${action.id}/archive`)).status).toBe(200)
    expect((await api('opk').post(`${URL}/${action.id}/restore`)).body).toMatchObject({ archivedAt: null, version: 3 })
  })

  it('401 anonymous; 403 steering group and a coordinator of another organisation; the row is unchanged', async () => {
    const { action } = await foreignAction()
    for (const verb of ['archive', 'restore']) {
      expectProblem(await api('anonymous').post(`${URL}/${action.id}/${verb}`), 401, 'unauthenticated')
      for (const who of ['steering', 'coordinator'] as const)
        expectProblem(await api(who).post(`${URL}/${action.id}/${verb}`), 403, 'forbidden')
    }
    expect(await db().planAction.findUniqueOrThrow({ where: { id: action.id } })).toEqual(action)
  })
})
