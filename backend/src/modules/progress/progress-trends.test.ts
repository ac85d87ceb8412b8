// GET /progress/trends against a real PostgreSQL: every period's figures equal /progress/goals' and
// /progress/coverage's for that period, the county's indicator values per period, and a constant statement count.
//
// The world: municipalities A and B; goal G1 (M1) with sub-goal G1a (M2); periods 2023, 2024, 2025 and 2099 (not
// started). M1 expected of A and B, M2 of A.
//   a1 A  M1   2023 approved ongoing 10 %   2024 approved ongoing 40 %   2025 approved completed
//   b1 B  M1   –                            2024 draft ongoing 20 %      2025 submitted ongoing 50 %
//   a2 A  M2   planned from 2025-02-01                                   2025 approved ongoing 30 %
// M1: 2023 0.1 (b1 missing) · 2024 0.4 (b1's draft does not count) · 2025 mean(1, 0.5) = 0.75.  M2: null, null, 0.3.
// G1 (M1, M2): 0.1, 0.4, (0.75 + 0.3) / 2 = 0.525 · G1a: null, null, 0.3 · county = G1.
// Coverage (a2 is planned, so active in every year): M1 2/2, M2 1/1 → G1 and county 1 every year.
// A: 0.1, 0.4, (1 + 0.3) / 2 = 0.65 · B: null, null, 0.5.
// Indicator I on G1, county-wide: 2023 missing, 2024 suppressed, 2025 80; A's own value and an archived
// county value are not shown.
import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeGoal, makeIndicator, makeMeasure, makeOrganisation, makePlan, makeStrategy } from '../../test/factories'
import { makeUser } from '../../test/users'

const close = (value: number) => expect.closeTo(value, 10)

async function measure(goalId: number, organisationIds: number[]) {
  const { id } = await makeMeasure({ goalId })
  return db().measure.update({
    where: { id },
    data: { expectedKinds: [], expectedOrganisations: { create: organisationIds.map((organisationId) => ({ organisationId })) } },
  })
}

const year = (strategyId: number, y: number) =>
  db().reportingPeriod.create({
    data: {
      strategyId,
      name: String(y),
      startsOn: new Date(`${y}-01-01`),
      endsOn: new Date(`${y}-12-31`),
      deadline: new Date(`${y + 1}-02-15`),
      status: y < 2025 ? 'closed' : 'open',
    },
  })

async function followUp(
  actionId: number,
  periodId: number,
  state: 'draft' | 'submitted' | 'approved',
  status: 'ongoing' | 'completed',
  progress: number,
) {
  return db().followUp.create({
    data: { actionId, periodId, state, status, progress, submittedAt: state === 'draft' ? null : new Date('2025-11-01T10:00:00Z') },
  })
}

async function buildWorld() {
  const A = await makeOrganisation({ foreign: true, name: 'Kommun A' })
  const B = await makeOrganisation({ foreign: true, name: 'Kommun B' })
  const strategy = await makeStrategy()
  const G1 = await makeGoal({ strategyId: strategy.id, code: '1' })
  const G1a = await makeGoal({ strategyId: strategy.id, code: '1.1', parentId: G1.id })
  const M1 = await measure(G1.id, [A.id, B.id])
  const M2 = await measure(G1a.id, [A.id])
  // created out of order: the periods are ordered by their start
  const P2099 = await year(strategy.id, 2099)
  const P2024 = await year(strategy.id, 2024)
  const P2023 = await year(strategy.id, 2023)
  const P2025 = await year(strategy.id, 2025)
  const planA = await makePlan({ strategyId: strategy.id, organisationId: A.id })
  const planB = await makePlan({ strategyId: strategy.id, organisationId: B.id })
  const a1 = await makeAction({ planId: planA.id, measureIds: [M1.id] })
  const b1 = await makeAction({ planId: planB.id, measureIds: [M1.id] })
  const a2 = await makeAction({ planId: planA.id, measureIds: [M2.id], status: 'planned' })
  await db().planAction.update({ where: { id: a2.id }, data: { plannedStart: new Date('2025-02-01') } })
  await followUp(a1.id, P2023.id, 'approved', 'ongoing', 10)
  await followUp(a1.id, P2024.id, 'approved', 'ongoing', 40)
  await followUp(a1.id, P2025.id, 'approved', 'completed', 100)
  await followUp(b1.id, P2024.id, 'draft', 'ongoing', 20)
  await followUp(b1.id, P2025.id, 'submitted', 'ongoing', 50)
  await followUp(a2.id, P2025.id, 'approved', 'ongoing', 30)
  const indicator = await makeIndicator({ goalId: G1.id })
  await db().indicator.update({ where: { id: indicator.id }, data: { baselineValue: 60, targetValue: 90 } })
  await db().indicatorValue.createMany({
    data: [
      { indicatorId: indicator.id, periodId: P2023.id, value: 55, archivedAt: new Date() },
      { indicatorId: indicator.id, periodId: P2024.id, value: null, suppressed: true },
      { indicatorId: indicator.id, periodId: P2025.id, value: 80 },
      { indicatorId: indicator.id, periodId: P2025.id, organisationId: A.id, value: 75 },
    ],
  })
  return { A, B, strategy, G1, G1a, M1, M2, P2023, P2024, P2025, P2099, indicator }
}

let w: Awaited<ReturnType<typeof buildWorld>>
beforeAll(async () => {
  w = await buildWorld()
})

const trends = (query: Record<string, number>, as?: Parameters<typeof api>[0]) => api(as).get('/api/v1/progress/trends').query(query)
type Series = (number | null)[]
const organisation = (body: { organisations: { id: number; progress: Series; coverage: Series }[] }, id: number) =>
  body.organisations.find((o) => o.id === id)!

describe('GET /api/v1/progress/trends', () => {
  it('200: every period up to the asked one, oldest first, with county, goal and organisation figures and indicator values', async () => {
    const res = await trends({ periodId: w.P2025.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ strategy: { id: w.strategy.id }, period: { id: w.P2025.id }, previousPeriod: { id: w.P2024.id } })
    expect(res.body.periods).toEqual([
      { id: w.P2023.id, name: '2023', startsOn: '2023-01-01', endsOn: '2023-12-31', status: 'closed' },
      { id: w.P2024.id, name: '2024', startsOn: '2024-01-01', endsOn: '2024-12-31', status: 'closed' },
      { id: w.P2025.id, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'open' },
    ])
    expect(res.body.county).toEqual({ progress: [close(0.1), close(0.4), close(0.525)], coverage: [1, 1, 1] })
    expect(res.body.goals).toEqual([
      {
        goalId: w.G1.id,
        code: '1',
        title: w.G1.title,
        parentId: null,
        progress: [close(0.1), close(0.4), close(0.525)],
        coverage: [1, 1, 1],
      },
      { goalId: w.G1a.id, code: '1.1', title: w.G1a.title, parentId: w.G1.id, progress: [null, null, close(0.3)], coverage: [1, 1, 1] },
    ])
    expect(organisation(res.body, w.A.id)).toEqual({
      id: w.A.id,
      name: 'Kommun A',
      shortName: null,
      kind: 'municipality',
      parentId: null,
      progress: [close(0.1), close(0.4), close(0.65)],
      coverage: [1, 1, 1],
    })
    expect(organisation(res.body, w.B.id)).toMatchObject({ progress: [null, null, 0.5], coverage: [1, 1, 1] })
    expect(res.body.indicators).toEqual([
      {
        indicatorId: w.indicator.id,
        name: w.indicator.name,
        unit: '%',
        direction: 'increase',
        baselineValue: 60,
        targetValue: 90,
        values: [
          { value: null, suppressed: false },
          { value: null, suppressed: true },
          { value: 80, suppressed: false },
        ],
      },
    ])
  })

  it('200: an earlier period ends the series there; a period that has not started is left out', async () => {
    const earlier = await trends({ periodId: w.P2024.id })
    expect(earlier.body.periods.map((p: { name: string }) => p.name)).toEqual(['2023', '2024'])
    expect(earlier.body.county.progress).toEqual([close(0.1), close(0.4)])
    const future = await trends({ periodId: w.P2099.id })
    expect(future.body.period.id).toBe(w.P2099.id)
    expect(future.body.periods.map((p: { name: string }) => p.name)).toEqual(['2023', '2024', '2025'])
  })

  it('equals /progress/goals and /progress/coverage period by period', async () => {
    const res = (await trends({ periodId: w.P2025.id })).body
    for (const [i, period] of [w.P2023, w.P2024, w.P2025].entries()) {
      const goals = (await api().get('/api/v1/progress/goals').query({ periodId: period.id })).body
      const matrix = (await api().get('/api/v1/progress/coverage').query({ periodId: period.id })).body
      expect(res.county.progress[i]).toBe(goals.county.progress.progress)
      expect(res.county.coverage[i]).toBe(goals.county.coverage.coverage)
      const byId = new Map(goals.goals.flatMap((g: { subGoals: object[] }) => [g, ...g.subGoals]).map((g: any) => [g.goalId, g]))
      for (const g of res.goals) {
        expect(g.progress[i]).toBe((byId.get(g.goalId) as any).progress.progress)
        expect(g.coverage[i]).toBe((byId.get(g.goalId) as any).coverage.coverage)
      }
      for (const o of res.organisations)
        expect(o.coverage[i]).toBe(matrix.organisations.find((m: { id: number }) => m.id === o.id).coverage.coverage)
      for (const id of [w.A.id, w.B.id]) {
        const view = (await api().get(`/api/v1/progress/organisations/${id}`).query({ periodId: period.id })).body
        expect(organisation(res, id).progress[i]).toBe(view.progress.progress)
      }
    }
  })

  it('200: a coordinator gets the same figures', async () => {
    const asCoordinator = await trends({ periodId: w.P2025.id }, await makeUser('coordinator', [w.A.id]))
    const asStaff = await trends({ periodId: w.P2025.id })
    expect(asCoordinator.status).toBe(200)
    expect({ ...asCoordinator.body, referenceDate: null }).toEqual({ ...asStaff.body, referenceDate: null })
  })

  it('400: no or a malformed period; 404: an unknown one; 401: not signed in', async () => {
    expectProblem(await api().get('/api/v1/progress/trends'), 400, 'validation-failed', ['periodId'])
    expectProblem(await trends({ periodId: 0 }), 400, 'validation-failed', ['periodId'])
    expectProblem(await trends({ periodId: 999999 }), 404, 'not-found')
    expectProblem(await trends({ periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })

  it('422: an archived period', async () => {
    const archived = await year(w.strategy.id, 2026)
    await db().reportingPeriod.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    expectProblem(await trends({ periodId: archived.id }), 422, 'rule-violated', ['periodId'])
  })

  it('runs as many SQL statements for one period as for four', async () => {
    // each counted request is the first after a write: nothing of it is cached (db/changes.ts)
    const count = async (periodId: number) => {
      await makeOrganisation({ foreign: true })
      const before = queryCount()
      await trends({ periodId }).expect(200)
      return queryCount() - before
    }
    expect(await count(w.P2099.id)).toBe(await count(w.P2023.id))
  })
})
