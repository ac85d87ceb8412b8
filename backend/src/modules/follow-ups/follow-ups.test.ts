import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeFollowUp, makeGoal, makeMeasure, makeOrganisation, makePeriod, makePlan, makeStrategy } from '../../test/factories'
import { makeUser, standardSession } from '../../test/users'

const actionUrl = (actionId: number) => `/api/v1/plan-actions/${actionId}/follow-ups`
const URL = '/api/v1/follow-ups'
/** The standard test coordinator: the factories bind them to every organisation they create (unless foreign). */
const coordinator = () => api('coordinator')
const commentsOf = (followUpId: number) => db().followUpComment.findMany({ where: { followUpId }, orderBy: { id: 'asc' } })

/**
 * A joint action of an organisation the standard coordinator does not work for, with a co-owner and a coordinator
 * of each, and an open period: the standard coordinator is "another organisation" here.
 */
async function foreignSetting() {
  const [owner, partner] = [await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true, kind: 'authority' })]
  const plan = await makePlan({ organisationId: owner.id })
  const action = await makeAction({ planId: plan.id })
  await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
  const period = await makePeriod({ strategyId: plan.strategyId, status: 'open' })
  return {
    plan,
    action,
    period,
    ownerCoordinator: await makeUser('coordinator', [owner.id]),
    partnerCoordinator: await makeUser('coordinator', [partner.id]),
  }
}

const idsOf = (res: { body: { items: { id: number }[] } }) => res.body.items.map((f) => f.id).sort((a, b) => a - b)
const ascending = (...xs: number[]) => xs.sort((a, b) => a - b)
/** Who besides the owners' coordinators sees every draft. */
const staffAndSteering = ['opk', 'steering'] as const

/** An action in a plan with an open period of the plan's strategy. */
async function setting() {
  const plan = await makePlan()
  const action = await makeAction({ planId: plan.id })
  const period = await makePeriod({ strategyId: plan.strategyId, status: 'open' })
  return { plan, action, period }
}

const body = (periodId: number) => ({
  periodId,
  status: 'ongoing',
  progress: 40,
  narrative: 'Rutinen är införd i två av tre enheter.',
  results: 'Utbildning för 45 handläggare.',
  obstacles: '',
})

describe('GET /api/v1/plan-actions/:id/follow-ups', () => {
  it("200: the action's follow-ups by period and state, archived left out", async () => {
    const { plan, action, period } = await setting()
    const earlier = await makePeriod({ strategyId: plan.strategyId, status: 'closed' })
    const now = await makeFollowUp({ actionId: action.id, periodId: period.id, state: 'submitted' })
    const before = await makeFollowUp({ actionId: action.id, periodId: earlier.id, state: 'approved' })
    const other = await makeAction({ planId: plan.id })
    const archived = await makeFollowUp({ actionId: other.id, periodId: period.id })
    await db().followUp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })

    const res = await api().get(actionUrl(action.id))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 50 })
    expect(res.body.items.map((f: { id: number }) => f.id).sort()).toEqual([now.id, before.id].sort())
    expect((await api().get(actionUrl(action.id)).query({ state: 'approved' })).body.items.map((f: { id: number }) => f.id)).toEqual([
      before.id,
    ])
    expect((await api().get(actionUrl(action.id)).query({ periodId: period.id })).body.items.map((f: { id: number }) => f.id)).toEqual([
      now.id,
    ])
    expect((await api().get(actionUrl(other.id)).query({ includeArchived: 'true' })).body.items[0]).toMatchObject({
      id: archived.id,
      archivedAt: expect.any(String),
    })
    expect((await api().get(actionUrl(other.id))).body.total).toBe(0)
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const { plan, action } = await setting()
    for (let i = 0; i < 20; i++)
      await makeFollowUp({ actionId: action.id, periodId: (await makePeriod({ strategyId: plan.strategyId })).id })
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(actionUrl(action.id)).query({ pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it("200: another organisation's drafts are left out (and not counted) for a coordinator; owners, co-owners, OPK staff and steering group see them", async () => {
    const { action, period, ownerCoordinator, partnerCoordinator } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    const submitted = await makeFollowUp({
      actionId: action.id,
      periodId: (await makePeriod({ strategyId: period.strategyId })).id,
      state: 'submitted',
    })
    const other = await coordinator().get(actionUrl(action.id))
    expect(other.body.total).toBe(1)
    expect(idsOf(other)).toEqual([submitted.id])
    for (const who of [ownerCoordinator, partnerCoordinator, ...staffAndSteering]) {
      const res = await api(who).get(actionUrl(action.id))
      expect({ total: res.body.total, ids: idsOf(res) }).toEqual({ total: 2, ids: ascending(draft.id, submitted.id) })
    }
    expectProblem(await api('anonymous').get(actionUrl(action.id)), 401, 'unauthenticated')
  })

  it('400: names every bad filter; 404: an unknown action', async () => {
    const { action } = await setting()
    expectProblem(
      await api().get(actionUrl(action.id)).query({ state: 'done', periodId: 0, organisationId: 1 }),
      400,
      'validation-failed',
      ['state', 'periodId', 'organisationId'],
    )
    expectProblem(await api().get(actionUrl(999999)), 404, 'not-found')
  })
})

describe('POST /api/v1/plan-actions/:id/follow-ups', () => {
  it('201: creates a draft follow-up and stores it', async () => {
    const { action, period } = await setting()
    const res = await coordinator().post(actionUrl(action.id)).send(body(period.id))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      ...body(period.id),
      id: expect.any(Number),
      actionId: action.id,
      state: 'draft',
      version: 1,
      submittedAt: null,
      reviewedAt: null,
      reviewComment: null,
    })
    expect(await db().followUp.findUnique({ where: { id: res.body.id } })).toMatchObject({
      actionId: action.id,
      periodId: period.id,
      progress: 40,
      state: 'draft',
    })
  })

  it('201: a coordinator of a co-owner follows up the joint action, and the audit trail names them', async () => {
    const { action, period, partnerCoordinator } = await foreignSetting()
    const res = await api(partnerCoordinator).post(actionUrl(action.id)).send(body(period.id))
    expect(res.status).toBe(201)
    expect(await db().auditEvent.findFirst({ where: { entity: 'FollowUp', entityId: res.body.id, action: 'INSERT' } })).toMatchObject({
      userId: partnerCoordinator.userId,
    })
  })

  it('401: anonymous; 403: OPK staff, steering group, and a coordinator of another organisation even when the period is closed too; nothing written', async () => {
    const { action, period } = await foreignSetting()
    const closed = await makePeriod({ strategyId: period.strategyId, status: 'closed' })
    expectProblem(await api('anonymous').post(actionUrl(action.id)).send(body(period.id)), 401, 'unauthenticated')
    for (const who of [...staffAndSteering, 'coordinator'] as const)
      expectProblem(await api(who).post(actionUrl(action.id)).send(body(period.id)), 403, 'forbidden')
    const res = await coordinator().post(actionUrl(action.id)).send(body(closed.id))
    expectProblem(res, 403, 'forbidden')
    expect(res.body.detail).toBe('Du kan bara ändra uppföljningar för din egen organisation.')
    expect(await db().followUp.count({ where: { actionId: action.id } })).toBe(0)
  })

  it('400: names every bad field (a state cannot be sent), nothing written', async () => {
    const { action } = await setting()
    const res = await coordinator().post(actionUrl(action.id)).send({ status: 'halfway', progress: 101, narrative: 7, state: 'approved' })
    expectProblem(res, 400, 'validation-failed', ['periodId', 'status', 'progress', 'narrative', 'state'])
    expect(await db().followUp.count({ where: { actionId: action.id } })).toBe(0)
  })

  it('404: an unknown action', async () => {
    const period = await makePeriod()
    expectProblem(await coordinator().post(actionUrl(999999)).send(body(period.id)), 404, 'not-found')
  })

  it('409: a second follow-up for the same action and period names periodId; the first is untouched', async () => {
    const { action, period } = await setting()
    const first = await makeFollowUp({ actionId: action.id, periodId: period.id, progress: 10 })
    const res = await coordinator().post(actionUrl(action.id)).send(body(period.id))
    expectProblem(res, 409, 'duplicate', ['periodId'])
    expect(await db().followUp.findMany({ where: { actionId: action.id } })).toEqual([
      expect.objectContaining({ id: first.id, progress: 10 }),
    ])
  })

  it('409: two simultaneous creates — one is stored, the other is a duplicate', async () => {
    const { action, period } = await setting()
    const answers = await Promise.all([1, 2].map(() => coordinator().post(actionUrl(action.id)).send(body(period.id))))
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409])
    expectProblem(
      answers.find((r) => r.status === 409)!,
      409,
      'duplicate',
      ['periodId'],
    )
    expect(await db().followUp.count({ where: { actionId: action.id } })).toBe(1)
  })

  it('422: an unknown period, or a period of another strategy', async () => {
    const { action } = await setting()
    const foreign = await makePeriod({ status: 'open' })
    expectProblem(await coordinator().post(actionUrl(action.id)).send(body(999999)), 422, 'rule-violated', ['periodId'])
    expectProblem(await coordinator().post(actionUrl(action.id)).send(body(foreign.id)), 422, 'rule-violated', ['periodId'])
    expect(await db().followUp.count({ where: { actionId: action.id } })).toBe(0)
  })

  it('422: a period that is closed or not yet open', async () => {
    const { plan, action } = await setting()
    const closed = await makePeriod({ strategyId: plan.strategyId, status: 'closed' })
    const planned = await makePeriod({ strategyId: plan.strategyId, status: 'planned' })
    const res = await coordinator().post(actionUrl(action.id)).send(body(closed.id))
    expectProblem(res, 422, 'rule-violated', ['periodId'])
    expect(res.body.detail).toMatch(/^Perioden är stängd/)
    const early = await coordinator().post(actionUrl(action.id)).send(body(planned.id))
    expectProblem(early, 422, 'rule-violated', ['periodId'])
    expect(early.body.detail).toMatch(/^Perioden är inte öppen/)
    expect(await db().followUp.count({ where: { actionId: action.id } })).toBe(0)
  })

  it('422: an archived action', async () => {
    const { action, period } = await setting()
    await db().planAction.update({ where: { id: action.id }, data: { archivedAt: new Date() } })
    const res = await coordinator().post(actionUrl(action.id)).send(body(period.id))
    expectProblem(res, 422, 'rule-violated')
    expect(res.body.detail).toContain('arkiverad')
    expect(await db().followUp.count({ where: { actionId: action.id } })).toBe(0)
  })
})

describe('GET /api/v1/follow-ups', () => {
  it('200: searches by period, state, strategy, organisation (owner or co-owner) and goal (sub-goals included)', async () => {
    const strategy = await makeStrategy()
    const period = await makePeriod({ strategyId: strategy.id })
    const police = await makeOrganisation({ kind: 'authority' })
    const goal = await makeGoal({ strategyId: strategy.id })
    const subGoal = await makeGoal({ strategyId: strategy.id, parentId: goal.id })
    const [m1, m2] = [await makeMeasure({ goalId: subGoal.id }), await makeMeasure({ strategyId: strategy.id })]
    const municipalPlan = await makePlan({ strategyId: strategy.id })
    const policePlan = await makePlan({ strategyId: strategy.id, organisationId: police.id })
    const joint = await makeAction({ planId: municipalPlan.id, measureIds: [m1.id] })
    await db().planActionCoOwner.create({ data: { actionId: joint.id, organisationId: police.id } })
    const alone = await makeAction({ planId: municipalPlan.id, measureIds: [m2.id] })
    const policeAction = await makeAction({ planId: policePlan.id, measureIds: [m2.id] })
    const f1 = await makeFollowUp({ actionId: joint.id, periodId: period.id, state: 'submitted' })
    const f2 = await makeFollowUp({ actionId: alone.id, periodId: period.id })
    const f3 = await makeFollowUp({ actionId: policeAction.id, periodId: period.id, state: 'submitted' })
    await makeFollowUp() // another strategy

    const ids = async (query: Record<string, unknown>) => {
      const res = await api().get(URL).query(query)
      expect(res.status).toBe(200)
      return res.body.items.map((f: { id: number }) => f.id).sort((a: number, b: number) => a - b)
    }
    const sorted = (...xs: number[]) => xs.sort((a, b) => a - b)
    expect(await ids({ strategyId: strategy.id })).toEqual(sorted(f1.id, f2.id, f3.id))
    expect(await ids({ periodId: period.id, state: 'submitted' })).toEqual(sorted(f1.id, f3.id))
    expect(await ids({ organisationId: police.id })).toEqual(sorted(f1.id, f3.id))
    expect(await ids({ organisationId: municipalPlan.organisationId })).toEqual(sorted(f1.id, f2.id))
    expect(await ids({ goalId: goal.id })).toEqual([f1.id])
    expect(await ids({ strategyId: strategy.id, goalId: m2.goalId, state: 'draft' })).toEqual([f2.id])
  })

  it('runs the same number of queries for 1 and for 20 rows (no N+1)', async () => {
    const strategy = await makeStrategy()
    const period = await makePeriod({ strategyId: strategy.id })
    for (let i = 0; i < 20; i++)
      await makeFollowUp({
        actionId: (await makeAction({ planId: (await makePlan({ strategyId: strategy.id })).id })).id,
        periodId: period.id,
      })
    const count = async (pageSize: number) => {
      const before = queryCount()
      const res = await api().get(URL).query({ strategyId: strategy.id, pageSize }).expect(200)
      expect(res.body.items).toHaveLength(pageSize)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    expectProblem(await api().get(URL).query({ state: 'done', goalId: 'x', actionId: 1 }), 400, 'validation-failed', [
      'state',
      'goalId',
      'actionId',
    ])
  })

  it("200: another organisation's drafts are left out (and not counted) for a coordinator, whatever the filters; the rest see them", async () => {
    const { action, period, ownerCoordinator, partnerCoordinator } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    const returned = await makeFollowUp({
      actionId: (await makeAction({ planId: action.planId })).id,
      periodId: period.id,
      state: 'returned',
    })
    const own = await makeFollowUp({
      actionId: (await makeAction({ planId: (await makePlan({ strategyId: period.strategyId })).id })).id,
      periodId: period.id,
    })
    const other = await coordinator().get(URL).query({ periodId: period.id })
    expect({ total: other.body.total, ids: idsOf(other) }).toEqual({ total: 2, ids: ascending(returned.id, own.id) })
    expect((await coordinator().get(URL).query({ periodId: period.id, state: 'draft' })).body).toMatchObject({
      total: 1,
      items: [{ id: own.id }],
    })
    for (const who of [ownerCoordinator, partnerCoordinator])
      expect(idsOf(await api(who).get(URL).query({ periodId: period.id }))).toEqual(ascending(draft.id, returned.id))
    for (const who of staffAndSteering)
      expect(idsOf(await api(who).get(URL).query({ periodId: period.id }))).toEqual(ascending(draft.id, returned.id, own.id))
    expectProblem(await api('anonymous').get(URL), 401, 'unauthenticated')
  })
})

describe('GET /api/v1/follow-ups/:id', () => {
  it('200 and 404', async () => {
    const followUp = await makeFollowUp()
    expect((await api().get(`${URL}/${followUp.id}`)).body).toMatchObject({ id: followUp.id, actionId: followUp.actionId, state: 'draft' })
    expectProblem(await api().get(`${URL}/999999`), 404, 'not-found')
  })

  it('400: an id that is not a number', async () => {
    expectProblem(await api().get(`${URL}/x`), 400, 'validation-failed', ['id'])
  })

  it("404: another organisation's draft, for a coordinator; 200 for its owners, co-owners, OPK staff and steering group; 401 anonymous", async () => {
    const { action, period, ownerCoordinator, partnerCoordinator } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    expectProblem(await coordinator().get(`${URL}/${draft.id}`), 404, 'not-found')
    for (const who of [ownerCoordinator, partnerCoordinator, ...staffAndSteering])
      expect((await api(who).get(`${URL}/${draft.id}`)).status).toBe(200)
    expectProblem(await api('anonymous').get(`${URL}/${draft.id}`), 401, 'unauthenticated')
  })

  it("200: another organisation's follow-up once it is no longer a draft", async () => {
    const { action, period } = await foreignSetting()
    for (const state of ['submitted', 'returned', 'approved'] as const) {
      const followUp = await makeFollowUp({
        actionId: action.id,
        periodId: (await makePeriod({ strategyId: period.strategyId })).id,
        state,
      })
      expect((await coordinator().get(`${URL}/${followUp.id}`)).body).toMatchObject({ id: followUp.id, state })
    }
  })
})

describe('PATCH /api/v1/follow-ups/:id', () => {
  it('200: edits a draft and a returned follow-up, bumping the version', async () => {
    const followUp = await makeFollowUp()
    const res = await coordinator().patch(`${URL}/${followUp.id}`).send({ progress: 80, narrative: 'Nästan klart.', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ progress: 80, narrative: 'Nästan klart.', state: 'draft', version: 2 })
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ progress: 80, version: 2 })
    const returned = await makeFollowUp({ state: 'returned' })
    expect((await coordinator().patch(`${URL}/${returned.id}`).send({ obstacles: 'Brist på personal.', version: 1 })).body).toMatchObject({
      obstacles: 'Brist på personal.',
      state: 'returned',
    })
  })

  it("200: a coordinator of a co-owner edits the joint action's follow-up, and the audit trail names them", async () => {
    const { action, period, partnerCoordinator } = await foreignSetting()
    const followUp = await makeFollowUp({ actionId: action.id, periodId: period.id })
    expect(
      (await api(partnerCoordinator).patch(`${URL}/${followUp.id}`).send({ progress: 70, version: 1 }).expect(200)).body,
    ).toMatchObject({ progress: 70, version: 2 })
    expect(await db().auditEvent.findFirst({ where: { entity: 'FollowUp', entityId: followUp.id, action: 'UPDATE' } })).toMatchObject({
      userId: partnerCoordinator.userId,
    })
  })

  it('401 anonymous; 403 OPK staff, steering group, and a coordinator of another organisation (even with a stale version); 404 to them for a draft; rows unchanged', async () => {
    const { action, period } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    const returned = await makeFollowUp({
      actionId: action.id,
      periodId: (await makePeriod({ strategyId: period.strategyId })).id,
      state: 'returned',
    })
    const before = await db().followUp.findMany({ where: { actionId: action.id }, orderBy: { id: 'asc' } })
    expectProblem(await api('anonymous').patch(`${URL}/${returned.id}`).send({ progress: 1, version: 1 }), 401, 'unauthenticated')
    for (const who of [...staffAndSteering, 'coordinator'] as const)
      expectProblem(await api(who).patch(`${URL}/${returned.id}`).send({ progress: 1, version: 1 }), 403, 'forbidden')
    expectProblem(await coordinator().patch(`${URL}/${returned.id}`).send({ progress: 1, version: 5 }), 403, 'forbidden')
    expectProblem(await coordinator().patch(`${URL}/${draft.id}`).send({ progress: 1, version: 1 }), 404, 'not-found')
    expect(await db().followUp.findMany({ where: { actionId: action.id }, orderBy: { id: 'asc' } })).toEqual(before)
  })

  it('409: a stale version is refused with the current one, and the row is unchanged', async () => {
    const followUp = await makeFollowUp()
    await coordinator().patch(`${URL}/${followUp.id}`).send({ narrative: 'Först', version: 1 }).expect(200)
    const res = await coordinator().patch(`${URL}/${followUp.id}`).send({ narrative: 'Sist', version: 1 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect((await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).narrative).toBe('Först')
  })

  it('409: two editors with the same version — exactly one wins and the row holds its text', async () => {
    const followUp = await makeFollowUp()
    const answers = await Promise.all(
      ['Annas text', 'Bengts text'].map((narrative) => coordinator().patch(`${URL}/${followUp.id}`).send({ narrative, version: 1 })),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = answers.find((r) => r.status === 200)!
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      narrative: winner.body.narrative,
      version: 2,
    })
  })

  it('400: without a version, or with a new period; 404: an unknown id', async () => {
    const followUp = await makeFollowUp()
    expectProblem(await coordinator().patch(`${URL}/${followUp.id}`).send({ progress: 5 }), 400, 'validation-failed', ['version'])
    expectProblem(
      await coordinator().patch(`${URL}/${followUp.id}`).send({ periodId: 1, progress: -1, version: 1 }),
      400,
      'validation-failed',
      ['periodId', 'progress'],
    )
    expectProblem(await coordinator().patch(`${URL}/999999`).send({ progress: 5, version: 1 }), 404, 'not-found')
  })

  it('422: a submitted or approved follow-up cannot be edited, and is unchanged', async () => {
    for (const state of ['submitted', 'approved'] as const) {
      const followUp = await makeFollowUp({ state, progress: 30 })
      expectProblem(await coordinator().patch(`${URL}/${followUp.id}`).send({ progress: 90, version: 1 }), 422, 'rule-violated')
      expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ progress: 30, version: 1, state })
    }
  })
})

describe('a follow-up whose period has closed', () => {
  it('422: can no longer be edited, submitted or returned, but the reviewer can still approve it', async () => {
    const draft = await makeFollowUp()
    const submitted = await makeFollowUp({ state: 'submitted' })
    for (const { periodId } of [draft, submitted])
      await db().reportingPeriod.update({ where: { id: periodId }, data: { status: 'closed' } })
    expectProblem(await coordinator().patch(`${URL}/${draft.id}`).send({ progress: 90, version: 1 }), 422, 'rule-violated', ['periodId'])
    expectProblem(await coordinator().post(`${URL}/${draft.id}/submit`).send({ version: 1 }), 422, 'rule-violated', ['periodId'])
    expectProblem(await api().post(`${URL}/${submitted.id}/return`).send({ version: 1, comment: 'För sent.' }), 422, 'rule-violated', [
      'periodId',
    ])
    expect(await db().followUp.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ progress: 50, state: 'draft', version: 1 })
    expect((await api().post(`${URL}/${submitted.id}/approve`).send({ version: 1 })).body).toMatchObject({ state: 'approved', version: 2 })
  })
})

describe('POST /api/v1/follow-ups/:id/submit', () => {
  it('200: draft → submitted with submittedAt, and returned → submitted', async () => {
    const followUp = await makeFollowUp()
    const res = await coordinator().post(`${URL}/${followUp.id}/submit`).send({ version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ state: 'submitted', submittedAt: expect.any(String), version: 2 })
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      state: 'submitted',
      submittedAt: expect.any(Date),
    })
    const returned = await makeFollowUp({ state: 'returned' })
    expect((await coordinator().post(`${URL}/${returned.id}/submit`).send({ version: 1 })).body).toMatchObject({
      state: 'submitted',
      version: 2,
    })
  })

  it("200: a coordinator of a co-owner submits the joint action's follow-up", async () => {
    const { action, period, partnerCoordinator } = await foreignSetting()
    const followUp = await makeFollowUp({ actionId: action.id, periodId: period.id })
    expect((await api(partnerCoordinator).post(`${URL}/${followUp.id}/submit`).send({ version: 1 })).body).toMatchObject({
      state: 'submitted',
      version: 2,
    })
  })

  it('401 anonymous; 403 OPK staff, steering group, and a coordinator of another organisation; 404 to them for a draft; rows unchanged', async () => {
    const { action, period } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    const returned = await makeFollowUp({
      actionId: action.id,
      periodId: (await makePeriod({ strategyId: period.strategyId })).id,
      state: 'returned',
    })
    const before = await db().followUp.findMany({ where: { actionId: action.id }, orderBy: { id: 'asc' } })
    expectProblem(await api('anonymous').post(`${URL}/${returned.id}/submit`).send({ version: 1 }), 401, 'unauthenticated')
    for (const who of [...staffAndSteering, 'coordinator'] as const)
      expectProblem(await api(who).post(`${URL}/${returned.id}/submit`).send({ version: 1 }), 403, 'forbidden')
    expectProblem(await coordinator().post(`${URL}/${draft.id}/submit`).send({ version: 1 }), 404, 'not-found')
    expect(await db().followUp.findMany({ where: { actionId: action.id }, orderBy: { id: 'asc' } })).toEqual(before)
  })

  it('400 without a version; 404 unknown; 409 stale version', async () => {
    const followUp = await makeFollowUp()
    expectProblem(await coordinator().post(`${URL}/${followUp.id}/submit`).send({}), 400, 'validation-failed', ['version'])
    expectProblem(await coordinator().post(`${URL}/999999/submit`).send({ version: 1 }), 404, 'not-found')
    const res = await coordinator().post(`${URL}/${followUp.id}/submit`).send({ version: 7 })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(1)
    expect((await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).state).toBe('draft')
  })

  it('422: an approved or already submitted follow-up, or an archived one', async () => {
    for (const state of ['approved', 'submitted'] as const) {
      const followUp = await makeFollowUp({ state })
      expectProblem(await coordinator().post(`${URL}/${followUp.id}/submit`).send({ version: 1 }), 422, 'rule-violated')
      expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ state, version: 1, submittedAt: null })
    }
    const archived = await makeFollowUp()
    await db().followUp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    expectProblem(await coordinator().post(`${URL}/${archived.id}/submit`).send({ version: 1 }), 422, 'rule-violated')
  })
})

describe('POST /api/v1/follow-ups/:id/approve', () => {
  it('200: submitted → approved with reviewedAt', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    const res = await api().post(`${URL}/${followUp.id}/approve`).send({ version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ state: 'approved', reviewedAt: expect.any(String), version: 2 })
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      state: 'approved',
      reviewedAt: expect.any(Date),
    })
    expect(await db().auditEvent.findFirst({ where: { entity: 'FollowUp', entityId: followUp.id, action: 'UPDATE' } })).toMatchObject({
      userId: standardSession('opk').userId,
    })
  })

  it("401 anonymous; 403 for coordinators (the owner's too) and the steering group; the row is unchanged", async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    expectProblem(await api('anonymous').post(`${URL}/${followUp.id}/approve`).send({ version: 1 }), 401, 'unauthenticated')
    for (const who of ['coordinator', 'steering'] as const)
      expectProblem(await api(who).post(`${URL}/${followUp.id}/approve`).send({ version: 1 }), 403, 'forbidden')
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toEqual(followUp)
  })

  it('409: two reviewers at once — one approves, the other gets a version conflict', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    const answers = await Promise.all([
      api().post(`${URL}/${followUp.id}/approve`).send({ version: 1 }),
      api().post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: 'Komplettera med resultat.' }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = answers.find((r) => r.status === 200)!
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ state: winner.body.state, version: 2 })
    // the return's comment is stored exactly when the return won
    expect((await commentsOf(followUp.id)).map((c) => c.body)).toEqual(
      winner.body.state === 'returned' ? ['Komplettera med resultat.'] : [],
    )
  })

  it('422: approving a draft; 404 unknown; 400 extra fields', async () => {
    const followUp = await makeFollowUp()
    const res = await api().post(`${URL}/${followUp.id}/approve`).send({ version: 1 })
    expectProblem(res, 422, 'rule-violated')
    expect(res.body.detail).toBe('En uppföljning som är ett utkast kan inte godkännas.')
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      state: 'draft',
      version: 1,
      reviewedAt: null,
    })
    expectProblem(await api().post(`${URL}/999999/approve`).send({ version: 1 }), 404, 'not-found')
    expectProblem(await api().post(`${URL}/${followUp.id}/approve`).send({ version: 1, state: 'approved' }), 400, 'validation-failed', [
      'state',
    ])
  })
})

describe('POST /api/v1/follow-ups/:id/return', () => {
  it('200: submitted → returned with reviewedAt; the comment joins the conversation, reviewComment holds the latest', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    const res = await api().post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: 'Beskriv hindren närmare.' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      state: 'returned',
      reviewComment: 'Beskriv hindren närmare.',
      reviewedAt: expect.any(String),
      version: 2,
    })
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      state: 'returned',
      reviewComment: 'Beskriv hindren närmare.',
    })
    const reviewer = standardSession('opk').userId
    expect(await commentsOf(followUp.id)).toEqual([expect.objectContaining({ authorId: reviewer, body: 'Beskriv hindren närmare.' })])
    expect(
      await db().auditEvent.findFirst({ where: { entity: 'FollowUpComment', entityId: followUp.id, action: 'INSERT' } }),
    ).toMatchObject({ userId: reviewer })

    // submitted again and returned a second time: two comments in the thread, the latest in reviewComment
    await coordinator().post(`${URL}/${followUp.id}/submit`).send({ version: 2 }).expect(200)
    const again = await api().post(`${URL}/${followUp.id}/return`).send({ version: 3, comment: 'Resultaten saknas fortfarande.' })
    expect(again.body).toMatchObject({ state: 'returned', reviewComment: 'Resultaten saknas fortfarande.', version: 4 })
    expect((await commentsOf(followUp.id)).map((c) => c.body)).toEqual(['Beskriv hindren närmare.', 'Resultaten saknas fortfarande.'])
  })

  it('500 when the comment cannot be stored: the state is not changed either (one transaction)', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    const refused = `Vägras av testet ${followUp.id}`
    // a real failure of the comment's INSERT, after the follow-up's UPDATE in the same transaction
    await db().$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_refuse_comment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    )
    await db().$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_comment BEFORE INSERT ON "FollowUpComment" FOR EACH ROW WHEN (NEW.body = '${refused}') EXECUTE FUNCTION test_refuse_comment()`,
    )
    try {
      expect((await api().post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: refused })).status).toBe(500)
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER test_refuse_comment ON "FollowUpComment"`)
      await db().$executeRawUnsafe(`DROP FUNCTION test_refuse_comment()`)
    }
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toEqual(followUp)
    expect(await commentsOf(followUp.id)).toEqual([])
    expect(await db().auditEvent.count({ where: { entity: { in: ['FollowUp', 'FollowUpComment'] }, entityId: followUp.id } })).toBe(1) // the factory's INSERT
  })

  it("401 anonymous; 403 for coordinators (the owner's too) and the steering group; the row is unchanged", async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    const send = (who: 'anonymous' | 'coordinator' | 'steering') =>
      api(who).post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: 'Komplettera.' })
    expectProblem(await send('anonymous'), 401, 'unauthenticated')
    for (const who of ['coordinator', 'steering'] as const) expectProblem(await send(who), 403, 'forbidden')
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toEqual(followUp)
    expect(await commentsOf(followUp.id)).toEqual([])
  })

  it('400: without a comment or version', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    expectProblem(await api().post(`${URL}/${followUp.id}/return`).send({ comment: ' ' }), 400, 'validation-failed', ['comment', 'version'])
  })

  it('422: returning a draft or an approved follow-up; 404 unknown; 409 stale; a failed return writes neither state nor comment', async () => {
    for (const state of ['draft', 'approved'] as const) {
      const followUp = await makeFollowUp({ state })
      expectProblem(await api().post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: 'Nej' }), 422, 'rule-violated')
      expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
        state,
        reviewComment: null,
        version: 1,
      })
      expect(await commentsOf(followUp.id)).toEqual([])
    }
    expectProblem(await api().post(`${URL}/999999/return`).send({ version: 1, comment: 'Nej' }), 404, 'not-found')
    const submitted = await makeFollowUp({ state: 'submitted' })
    expectProblem(await api().post(`${URL}/${submitted.id}/return`).send({ version: 2, comment: 'Nej' }), 409, 'version-conflict')
    expect(await db().followUp.findUniqueOrThrow({ where: { id: submitted.id } })).toEqual(submitted)
    expect(await commentsOf(submitted.id)).toEqual([])
  })

  it('422 personal-data: a personnummer in the comment; neither state nor comment written', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    expectProblem(
      await api().post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: 'Ring 701063-2391.' }),
      422,
      'personal-data',
      ['comment'],
    )
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toEqual(followUp)
    expect(await commentsOf(followUp.id)).toEqual([])
  })
})

describe('POST /api/v1/follow-ups/:id/archive and /restore', () => {
  it('archives and restores, never deletes', async () => {
    const followUp = await makeFollowUp()
    const archived = await coordinator().post(`${URL}/${followUp.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body.archivedAt).toEqual(expect.any(String))
    expect((await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).archivedAt).toBeInstanceOf(Date)
    const restored = await coordinator().post(`${URL}/${followUp.id}/restore`)
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 })
    expectProblem(await coordinator().post(`${URL}/999999/restore`), 404, 'not-found')
  })

  it("200: a coordinator of a co-owner archives and restores the joint action's follow-up", async () => {
    const { action, period, partnerCoordinator } = await foreignSetting()
    const followUp = await makeFollowUp({ actionId: action.id, periodId: period.id })
    expect((await api(partnerCoordinator).post(`${URL}/${followUp.id}/archive`)).status).toBe(200)
    expect((await api(partnerCoordinator).post(`${URL}/${followUp.id}/restore`)).body).toMatchObject({ archivedAt: null, version: 3 })
  })

  it('401 anonymous; 403 OPK staff, steering group, and a coordinator of another organisation; 404 to them for a draft; rows unchanged', async () => {
    const { action, period } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    const submitted = await makeFollowUp({
      actionId: action.id,
      periodId: (await makePeriod({ strategyId: period.strategyId })).id,
      state: 'submitted',
    })
    const before = await db().followUp.findMany({ where: { actionId: action.id }, orderBy: { id: 'asc' } })
    for (const verb of ['archive', 'restore']) {
      expectProblem(await api('anonymous').post(`${URL}/${submitted.id}/${verb}`), 401, 'unauthenticated')
      for (const who of [...staffAndSteering, 'coordinator'] as const)
        expectProblem(await api(who).post(`${URL}/${submitted.id}/${verb}`), 403, 'forbidden')
      expectProblem(await coordinator().post(`${URL}/${draft.id}/${verb}`), 404, 'not-found')
    }
    expect(await db().followUp.findMany({ where: { actionId: action.id }, orderBy: { id: 'asc' } })).toEqual(before)
  })
})
