// Progress routes end to end against a real PostgreSQL: a small world with figures worked out by hand below
// (never by calling the model), the constant query count, access, and the basis behind a figure.
//
// The world: organisations A and B (municipalities, but expected only where named, so that the shared test
// database's other organisations play no part); goals G1 (M1, M2) and G2 (M3); periods 2024 (closed) and 2025.
//   M1 expected of A and B · M2 expected of A and B · M3 expected of A and B
//   a1 A  M1      2024 approved ongoing 20 %   2025 approved ongoing 60 %          → 2025 counted 0.6
//   a2 A  M1, M2  2024 approved ongoing 50 %   2025 submitted completed (90 %)     → 2025 counted 1
//   a3 B  M1      2024 approved ongoing 40 %   2025 returned ongoing 70 %          → 2025 missing (returned named)
//   a4 B  M3      –                            2025 draft ongoing 30 %             → missing both years (draft named)
//   a5 A  M3      cancelled in its plan, never followed up                         → cancelled
//   a6 A  M3, co-owned by B; 2024 approved completed                               → 2025 counted 1 (carried from 2024)
//   a7 A  M2      planned from 2025-03-01; 2025 submitted planned 0 %              → 2024 not due; 2025 counted 0, past start
// Measures 2025: M1 = mean(0.6, 1) = 0.8 · M2 = mean(1, 0) = 0.5 · M3 = 1.
//          2024: M1 = mean(0.2, 0.5, 0.4) = 0.36667 · M2 = 0.5 (a7 not due) · M3 = 1.
// Goals 2025: G1 = (0.8 + 0.5) / 2 = 0.65 (2024: (0.36667 + 0.5) / 2 = 0.43333) · G2 = 1 (2024: 1).
// County 2025: (0.8 + 0.5 + 1) / 3 = 0.76667; 2024: (0.36667 + 0.5 + 1) / 3 = 0.62222.
// A 2025: M1 over a1, a2 = 0.8; M2 over a2, a7 = 0.5; M3 over a6 = 1 → 0.76667; 2024: (0.35 + 0.5 + 1) / 3 = 0.61667.
// B 2025: M1 over a3 (missing) null; M3 over a4 (missing), a6 = 1 → 1; 2024: M1 0.4, M3 1 → 0.7.
// Coverage: M1 A (a1, a2), B (a3) 2/2 · M2 A (a2, a7), B gap 1/2 · M3 A (a6; a5 cancelled), B (a4, a6) 2/2
//   → G1 3/4, G2 2/2, county 5/6; A 3/3, B 2/3 (gap M2).
// Attention 2025 (judged on 2025-12-31): without follow-up a3, a4; planned past start a7; B has not reported (a3, a4).
// Indicator I on G1, increase 60 → 90: county 2024 70, 2025 80 → ratio 2/3, trend +10 better; A 2025 75 → ratio 0.5.
import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import {
  makeAction,
  makeGoal,
  makeIndicator,
  makeMeasure,
  makeOrganisation,
  makePeriod,
  makePlan,
  makeStrategy,
} from '../../test/factories'
import { makeUser } from '../../test/users'

type State = 'draft' | 'submitted' | 'returned' | 'approved'
type Status = 'planned' | 'ongoing' | 'completed' | 'postponed' | 'cancelled'

const close = (value: number) => expect.closeTo(value, 10)

/** A measure expected of exactly these organisations (no kinds: the shared database's other organisations stay out). */
async function measure(goalId: number, code: string, organisationIds: number[]) {
  const { id } = await makeMeasure({ goalId })
  return db().measure.update({
    where: { id },
    data: { code, expectedKinds: [], expectedOrganisations: { create: organisationIds.map((organisationId) => ({ organisationId })) } },
  })
}

async function followUp(actionId: number, periodId: number, state: State, status: Status, progress: number) {
  const submittedAt = state === 'draft' ? null : new Date('2025-11-01T10:00:00Z')
  return db().followUp.create({ data: { actionId, periodId, state, status, progress, submittedAt } })
}

async function yearPeriod(strategyId: number, year: number, status: 'closed' | 'open') {
  if (year === 2025) return makePeriod({ strategyId, name: '2025', status })
  return db().reportingPeriod.create({
    data: {
      strategyId,
      name: String(year),
      startsOn: new Date(`${year}-01-01`),
      endsOn: new Date(`${year}-12-31`),
      deadline: new Date(`${year + 1}-02-15`),
      status,
    },
  })
}

async function buildWorld() {
  const A = await makeOrganisation({ foreign: true, name: 'Kommun A' })
  const B = await makeOrganisation({ foreign: true, name: 'Kommun B' })
  const strategy = await makeStrategy()
  const G1 = await makeGoal({ strategyId: strategy.id, code: '1' })
  const G2 = await makeGoal({ strategyId: strategy.id, code: '2' })
  const [M1, M2, M3] = [
    await measure(G1.id, '1.1', [A.id, B.id]),
    await measure(G1.id, '1.2', [A.id, B.id]),
    await measure(G2.id, '2.1', [A.id, B.id]),
  ]
  const P2024 = await yearPeriod(strategy.id, 2024, 'closed')
  const P2025 = await yearPeriod(strategy.id, 2025, 'open')
  const planA = await makePlan({ strategyId: strategy.id, organisationId: A.id })
  const planB = await makePlan({ strategyId: strategy.id, organisationId: B.id })
  const a1 = await makeAction({ planId: planA.id, measureIds: [M1.id] })
  const a2 = await makeAction({ planId: planA.id, measureIds: [M1.id, M2.id] })
  const a3 = await makeAction({ planId: planB.id, measureIds: [M1.id] })
  const a4 = await makeAction({ planId: planB.id, measureIds: [M3.id] })
  const a5 = await makeAction({ planId: planA.id, measureIds: [M3.id], status: 'cancelled' })
  const a6 = await makeAction({ planId: planA.id, measureIds: [M3.id], status: 'completed' })
  await db().planActionCoOwner.create({ data: { actionId: a6.id, organisationId: B.id } })
  const a7 = await makeAction({ planId: planA.id, measureIds: [M2.id], status: 'planned' })
  await db().planAction.update({ where: { id: a7.id }, data: { plannedStart: new Date('2025-03-01') } })
  const f = {
    a1y24: await followUp(a1.id, P2024.id, 'approved', 'ongoing', 20),
    a2y24: await followUp(a2.id, P2024.id, 'approved', 'ongoing', 50),
    a3y24: await followUp(a3.id, P2024.id, 'approved', 'ongoing', 40),
    a6y24: await followUp(a6.id, P2024.id, 'approved', 'completed', 100),
    a1y25: await followUp(a1.id, P2025.id, 'approved', 'ongoing', 60),
    a2y25: await followUp(a2.id, P2025.id, 'submitted', 'completed', 90),
    a3y25: await followUp(a3.id, P2025.id, 'returned', 'ongoing', 70),
    a4y25: await followUp(a4.id, P2025.id, 'draft', 'ongoing', 30),
    a7y25: await followUp(a7.id, P2025.id, 'submitted', 'planned', 0),
  }
  const indicator = await makeIndicator({ goalId: G1.id })
  await db().indicator.update({ where: { id: indicator.id }, data: { baselineValue: 60, targetValue: 90 } })
  await db().indicatorValue.createMany({
    data: [
      { indicatorId: indicator.id, periodId: P2024.id, value: 70 },
      { indicatorId: indicator.id, periodId: P2025.id, value: 80 },
      { indicatorId: indicator.id, periodId: P2025.id, organisationId: A.id, value: 75 },
    ],
  })
  return { A, B, strategy, G1, G2, M1, M2, M3, P2024, P2025, a1, a2, a3, a4, a5, a6, a7, f, indicator }
}

type World = Awaited<ReturnType<typeof buildWorld>>
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const get = (path: string, query: Record<string, number>, as?: Parameters<typeof api>[0]) =>
  api(as).get(`/api/v1/progress${path}`).query(query)
const counted = (measures: number, actions: number, followUps: number) => ({ measures, actions, followUps })
const leftOut = (measures: number, cancelledActions: number, missingActions: number, notDueActions = 0, unlinkedActions = 0) => ({
  measures,
  cancelledActions,
  missingActions,
  notDueActions,
  unlinkedActions,
})
const ids = (rows: { id: number }[]) => rows.map((r) => r.id)

describe('GET /api/v1/progress/goals', () => {
  it('200: per goal and county-wide, progress with the change since 2024, coverage, measures and indicators', async () => {
    const res = await get('/goals', { periodId: w.P2025.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      strategy: { id: w.strategy.id, name: w.strategy.name },
      period: { id: w.P2025.id, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'open' },
      previousPeriod: { id: w.P2024.id, name: '2024' },
      referenceDate: '2025-12-31',
    })
    const [g1, g2] = res.body.goals
    expect(g1).toEqual({
      goalId: w.G1.id,
      code: '1',
      title: w.G1.title,
      parentId: null,
      measureCount: 2,
      subGoals: [],
      progress: {
        progress: close(0.65),
        previous: close(1.3 / 3),
        change: close(0.65 - 1.3 / 3),
        counted: counted(2, 3, 3),
        leftOut: leftOut(0, 0, 1),
      },
      coverage: { expected: 4, covered: 3, coverage: 0.75 },
      indicators: {
        summary: { total: 1, withValue: 1, targetMet: 0, better: 1, worse: 0, unchanged: 0 },
        items: [
          {
            indicatorId: w.indicator.id,
            name: w.indicator.name,
            unit: '%',
            direction: 'increase',
            baselineValue: 60,
            targetValue: 90,
            organisationId: null,
            value: 80,
            suppressed: false,
            ratio: close(2 / 3),
            barRatio: close(2 / 3),
            noRatioReason: null,
            targetMet: false,
            trend: { fromPeriodId: w.P2024.id, fromValue: 70, change: 10, verdict: 'better' },
          },
        ],
      },
    })
    expect(g2).toMatchObject({
      goalId: w.G2.id,
      measureCount: 1,
      subGoals: [],
      progress: { progress: 1, previous: 1, change: 0, counted: counted(1, 1, 1), leftOut: leftOut(0, 1, 1) },
      coverage: { expected: 2, covered: 2, coverage: 1 },
      indicators: { summary: { total: 0, withValue: 0, targetMet: 0, better: 0, worse: 0, unchanged: 0 }, items: [] },
    })
    expect(res.body.county).toMatchObject({
      measureCount: 3,
      progress: {
        progress: close(2.3 / 3),
        previous: close((1.1 / 3 + 1.5) / 3),
        change: close(2.3 / 3 - (1.1 / 3 + 1.5) / 3),
        counted: counted(3, 4, 4),
        leftOut: leftOut(0, 1, 2),
      },
      coverage: { expected: 6, covered: 5, coverage: close(5 / 6) },
      indicators: { summary: { total: 1 } },
    })
  })

  it('200: the first period has no previous period and no change', async () => {
    const res = await get('/goals', { periodId: w.P2024.id })
    expect(res.status).toBe(200)
    expect(res.body.previousPeriod).toBeNull()
    expect(res.body.referenceDate).toBe('2024-12-31')
    expect(res.body.goals[0].progress).toEqual({
      progress: close(1.3 / 3),
      previous: null,
      change: null,
      counted: counted(2, 3, 3),
      leftOut: leftOut(0, 0, 0, 1),
    })
  })

  it('weighs measures as OPK staff set them (PATCH /measures/:id): M1 × 3 → G1 = (3 × 0.8 + 0.5) / 4', async () => {
    const weigh = async (weight: number) => {
      const { version } = await db().measure.findUniqueOrThrow({ where: { id: w.M1.id } })
      expect((await api().patch(`/api/v1/measures/${w.M1.id}`).send({ weight, version })).status).toBe(200)
    }
    await weigh(3)
    try {
      const res = await get('/goals', { periodId: w.P2025.id })
      expect(res.body.goals[0].progress.progress).toBeCloseTo(2.9 / 4, 10)
      expect(res.body.county.progress.progress).toBeCloseTo((3 * 0.8 + 0.5 + 1) / 5, 10)
    } finally {
      await weigh(1)
    }
    expect((await get('/goals', { periodId: w.P2025.id })).body.goals[0].progress.progress).toBeCloseTo(0.65, 10)
  })

  it('nests sub-goals under their top-level goal, each with its own figures', async () => {
    const strategy = await makeStrategy()
    const top = await makeGoal({ strategyId: strategy.id, code: '3' })
    const sub = await makeGoal({ strategyId: strategy.id, code: '3.1', parentId: top.id })
    await makeMeasure({ goalId: top.id })
    await makeMeasure({ goalId: sub.id })
    const period = await makePeriod({ strategyId: strategy.id })
    const res = await get('/goals', { periodId: period.id })
    expect(
      res.body.goals.map(
        (g: { code: string; measureCount: number; subGoals: { code: string; parentId: number; measureCount: number }[] }) => [
          g.code,
          g.measureCount,
          g.subGoals.map((s) => [s.code, s.parentId, s.measureCount]),
        ],
      ),
    ).toEqual([['3', 2, [['3.1', top.id, 1]]]])
  })

  it('400: a missing or malformed periodId, and unknown parameters', async () => {
    expectProblem(await api().get('/api/v1/progress/goals'), 400, 'validation-failed', ['periodId'])
    expectProblem(await get('/goals', { periodId: 0, colour: 1 }), 400, 'validation-failed', ['periodId', 'colour'])
  })

  it('404: an unknown period; 422: an archived one', async () => {
    expectProblem(await get('/goals', { periodId: 999999 }), 404, 'not-found')
    const archived = await makePeriod({ strategyId: w.strategy.id })
    await db().reportingPeriod.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    expectProblem(await get('/goals', { periodId: archived.id }), 422, 'rule-violated', ['periodId'])
  })

  it('401: not signed in', async () => {
    expectProblem(await get('/goals', { periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })
})

describe('GET /api/v1/progress/coverage', () => {
  it('200: organisations × measures by goal, each cell expected or not, covered or a gap, with its actions', async () => {
    const res = await get('/coverage', { periodId: w.P2025.id })
    expect(res.status).toBe(200)
    const columns: { id: number; coverage: object }[] = res.body.organisations
    const column = (id: number) => columns.findIndex((o) => o.id === id)
    expect(columns[column(w.A.id)]).toEqual({
      id: w.A.id,
      name: 'Kommun A',
      shortName: null,
      kind: 'municipality',
      parentId: null,
      coverage: { expected: 3, covered: 3, coverage: 1 },
    })
    expect(columns[column(w.B.id)].coverage).toEqual({ expected: 3, covered: 2, coverage: close(2 / 3) })
    expect(res.body.county).toEqual({ expected: 6, covered: 5, coverage: close(5 / 6) })

    const cells = (row: { cells: object[] }) => [row.cells[column(w.A.id)], row.cells[column(w.B.id)]]
    const [g1, g2] = res.body.goals
    expect(g1).toMatchObject({ goalId: w.G1.id, code: '1', coverage: { expected: 4, covered: 3, coverage: 0.75 }, subGoals: [] })
    expect(g1.measures.map((m: { measureId: number }) => m.measureId)).toEqual([w.M1.id, w.M2.id])
    expect(g1.measures[0].coverage).toEqual({ expected: 2, covered: 2, coverage: 1 })
    expect(cells(g1.measures[0])).toEqual([
      {
        organisationId: w.A.id,
        expected: true,
        state: 'covered',
        actions: [
          { id: w.a1.id, status: 'ongoing' },
          { id: w.a2.id, status: 'completed' },
        ],
      },
      { organisationId: w.B.id, expected: true, state: 'covered', actions: [{ id: w.a3.id, status: 'ongoing' }] },
    ])
    expect(cells(g1.measures[1])).toEqual([
      {
        organisationId: w.A.id,
        expected: true,
        state: 'covered',
        actions: [
          { id: w.a2.id, status: 'completed' },
          { id: w.a7.id, status: 'planned' },
        ],
      },
      { organisationId: w.B.id, expected: true, state: 'gap', actions: [] },
    ])
    // the cancelled a5 covers nothing; the joint a6 covers both, B also through its own a4
    expect(cells(g2.measures[0])).toEqual([
      { organisationId: w.A.id, expected: true, state: 'covered', actions: [{ id: w.a6.id, status: 'completed' }] },
      {
        organisationId: w.B.id,
        expected: true,
        state: 'covered',
        actions: [
          { id: w.a4.id, status: 'ongoing' },
          { id: w.a6.id, status: 'completed' },
        ],
      },
    ])
    // every other organisation is a column too, expected nowhere here
    expect(g1.measures[0].cells).toHaveLength(columns.length)
    const other = columns.findIndex((o) => o.id !== w.A.id && o.id !== w.B.id)
    if (other >= 0) expect(g1.measures[0].cells[other]).toMatchObject({ expected: false, state: 'not-expected', actions: [] })
  })

  it('404: an unknown period; 401: not signed in', async () => {
    expectProblem(await get('/coverage', { periodId: 999999 }), 404, 'not-found')
    expectProblem(await get('/coverage', { periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })
})

describe('GET /api/v1/progress/organisations/:id', () => {
  it('200: its progress, coverage, measures with its own actions, flags and indicator values', async () => {
    const res = await get(`/organisations/${w.A.id}`, { periodId: w.P2025.id })
    expect(res.status).toBe(200)
    expect(res.body.organisation).toEqual({
      id: w.A.id,
      name: 'Kommun A',
      shortName: null,
      kind: 'municipality',
      parentId: null,
      subUnits: [],
    })
    expect(res.body.progress).toEqual({
      progress: close(2.3 / 3),
      previous: close(1.85 / 3),
      change: close(0.45 / 3),
      counted: counted(3, 4, 4),
      leftOut: leftOut(0, 1, 0),
    })
    expect(res.body.coverage).toEqual({ expected: 3, covered: 3, coverage: 1 })
    expect(
      res.body.measures.map(
        (m: { measureId: number; state: string; progress: { progress: number; previous: number }; actions: { id: number }[] }) => [
          m.measureId,
          m.state,
          m.progress.progress,
          m.progress.previous,
          ids(m.actions),
        ],
      ),
    ).toEqual([
      [w.M1.id, 'covered', close(0.8), close(0.35), [w.a1.id, w.a2.id]],
      [w.M2.id, 'covered', 0.5, 0.5, [w.a2.id, w.a7.id]],
      [w.M3.id, 'covered', 1, 1, [w.a5.id, w.a6.id]],
    ])
    expect(res.body.attention).toMatchObject({ actionsWithoutFollowUp: [], notReported: null, gapMeasureIds: [] })
    expect(ids(res.body.attention.plannedPastStart)).toEqual([w.a7.id])
    expect(res.body.indicators).toMatchObject([{ indicatorId: w.indicator.id, organisationId: w.A.id, value: 75, ratio: 0.5, trend: null }])
  })

  it('200: B — a co-owned action counts for it, its gap and its missing follow-ups are flagged', async () => {
    const res = await get(`/organisations/${w.B.id}`, { periodId: w.P2025.id })
    expect(res.body.progress).toEqual({
      progress: 1,
      previous: close(0.7),
      change: close(0.3),
      counted: counted(1, 1, 1),
      leftOut: leftOut(1, 0, 2),
    })
    expect(res.body.coverage).toEqual({ expected: 3, covered: 2, coverage: close(2 / 3) })
    expect(
      res.body.measures.map((m: { measureId: number; state: string; progress: { progress: number | null }; actions: { id: number }[] }) => [
        m.measureId,
        m.state,
        m.progress.progress,
        ids(m.actions),
      ]),
    ).toEqual([
      [w.M1.id, 'covered', null, [w.a3.id]],
      [w.M2.id, 'gap', null, []],
      [w.M3.id, 'covered', 1, [w.a4.id, w.a6.id]],
    ])
    expect(ids(res.body.attention.actionsWithoutFollowUp)).toEqual([w.a3.id, w.a4.id])
    expect(res.body.attention).toMatchObject({
      plannedPastStart: [],
      notReported: { dueActionIds: [w.a3.id, w.a4.id] },
      gapMeasureIds: [w.M2.id],
    })
    expect(res.body.indicators).toEqual([])
  })

  it('404: an unknown organisation; 422: an archived one; 400: a malformed id', async () => {
    expectProblem(await get('/organisations/999999', { periodId: w.P2025.id }), 404, 'not-found')
    const archived = await makeOrganisation({ foreign: true })
    await db().organisation.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    expectProblem(await get(`/organisations/${archived.id}`, { periodId: w.P2025.id }), 422, 'rule-violated', ['id'])
    expectProblem(await api().get('/api/v1/progress/organisations/abc'), 400, 'validation-failed', ['id'])
  })

  it('401: not signed in', async () => {
    expectProblem(await get(`/organisations/${w.A.id}`, { periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })
})

describe('GET /api/v1/progress/explain', () => {
  it('200: a goal — the measures, actions and follow-ups behind its figure, what it leaves out, who covers what', async () => {
    const res = await get('/explain', { periodId: w.P2025.id, goalId: w.G1.id })
    expect(res.status).toBe(200)
    expect(res.body.subject).toEqual({ kind: 'goal', id: w.G1.id, title: `1 ${w.G1.title}` })
    const { progress, coverage } = res.body
    expect(progress.figure.progress).toBeCloseTo(0.65, 10)
    expect(progress.basis).toEqual({
      measureIds: [w.M1.id, w.M2.id],
      actionIds: [w.a1.id, w.a2.id, w.a7.id],
      followUpIds: [w.f.a1y25.id, w.f.a2y25.id, w.f.a7y25.id],
    })
    expect(progress.measures).toEqual([
      { id: w.M1.id, code: w.M1.code, title: w.M1.title, goalId: w.G1.id, weight: 1, progress: close(0.8) },
      { id: w.M2.id, code: w.M2.code, title: w.M2.title, goalId: w.G1.id, weight: 1, progress: 0.5 },
    ])
    expect(progress.actions[1]).toEqual({
      id: w.a2.id,
      title: w.a2.title,
      organisation: { id: w.A.id, name: 'Kommun A' },
      coOwners: [],
      measureIds: [w.M1.id, w.M2.id],
      plannedStart: null,
      planStatus: 'ongoing',
      status: 'completed',
      standing: 'counted',
      progress: 1,
      uncountedFollowUp: null,
      followUp: {
        id: w.f.a2y25.id,
        periodId: w.P2025.id,
        periodName: '2025',
        state: 'submitted',
        status: 'completed',
        progress: 90,
        submittedAt: '2025-11-01T10:00:00.000Z',
      },
    })
    expect(progress.actions.map((a: { followUp: { id: number } }) => a.followUp.id)).toEqual([w.f.a1y25.id, w.f.a2y25.id, w.f.a7y25.id])
    expect(progress.leftOut).toMatchObject({ measures: [], cancelled: [], notDue: [], unlinked: [] })
    expect(progress.leftOut.missing).toMatchObject([
      {
        id: w.a3.id,
        organisation: { name: 'Kommun B' },
        standing: 'missing',
        followUp: null,
        uncountedFollowUp: { id: w.f.a3y25.id, state: 'returned', progress: 70 },
      },
    ])

    expect(coverage.figure).toEqual({ expected: 4, covered: 3, coverage: 0.75 })
    expect(
      coverage.measures.map(
        (m: {
          measureId: number
          coveredBy: { organisation: { name: string }; actions: { id: number }[] }[]
          gaps: { name: string }[]
        }) => [m.measureId, m.coveredBy.map((c) => [c.organisation.name, ids(c.actions)]), m.gaps.map((g) => g.name)],
      ),
    ).toEqual([
      [
        w.M1.id,
        [
          ['Kommun A', [w.a1.id, w.a2.id]],
          ['Kommun B', [w.a3.id]],
        ],
        [],
      ],
      [w.M2.id, [['Kommun A', [w.a2.id, w.a7.id]]], ['Kommun B']],
    ])
    expect(res.body.indicators).toMatchObject([
      {
        indicatorId: w.indicator.id,
        value: 80,
        values: [
          { periodName: '2024', value: 70 },
          { periodName: '2025', value: 80 },
        ],
      },
    ])
  })

  it('200: an organisation — a completion carried from 2024 names that follow-up; the measures it leaves out', async () => {
    const res = await get('/explain', { periodId: w.P2025.id, organisationId: w.B.id })
    const { progress, coverage } = res.body
    expect(res.body.subject).toEqual({ kind: 'organisation', id: w.B.id, title: 'Kommun B' })
    expect(progress.basis).toEqual({ measureIds: [w.M3.id], actionIds: [w.a6.id], followUpIds: [w.f.a6y24.id] })
    expect(progress.actions[0]).toMatchObject({
      id: w.a6.id,
      coOwners: [{ id: w.B.id, name: 'Kommun B' }],
      followUp: { id: w.f.a6y24.id, periodName: '2024', status: 'completed' },
    })
    expect(progress.leftOut.measures).toEqual([
      { id: w.M1.id, code: w.M1.code, title: w.M1.title, goalId: w.G1.id, weight: 1, progress: null },
    ])
    expect(ids(progress.leftOut.missing)).toEqual([w.a3.id, w.a4.id])
    expect(progress.leftOut.missing[1].uncountedFollowUp).toMatchObject({ id: w.f.a4y25.id, state: 'draft' })
    expect(coverage.figure).toEqual({ expected: 3, covered: 2, coverage: close(2 / 3) })
    expect(
      coverage.measures.map((m: { measureId: number; coverage: object; gaps: object[] }) => [m.measureId, m.coverage, m.gaps.length]),
    ).toEqual([
      [w.M1.id, { expected: 1, covered: 1, coverage: 1 }, 0],
      [w.M2.id, { expected: 1, covered: 0, coverage: 0 }, 1],
      [w.M3.id, { expected: 1, covered: 1, coverage: 1 }, 0],
    ])
  })

  it('200: the county (no subject) and a measure', async () => {
    const county = await get('/explain', { periodId: w.P2025.id })
    expect(county.body.subject).toEqual({ kind: 'county', id: null, title: w.strategy.name })
    expect(county.body.progress.basis.followUpIds).toEqual([w.f.a6y24.id, w.f.a1y25.id, w.f.a2y25.id, w.f.a7y25.id]) // ascending ids: 2024's was written first
    expect(ids(county.body.progress.leftOut.cancelled)).toEqual([w.a5.id])
    expect(county.body.coverage.figure).toEqual({ expected: 6, covered: 5, coverage: close(5 / 6) })

    const measure = await get('/explain', { periodId: w.P2025.id, measureId: w.M3.id })
    expect(measure.body.progress.figure).toMatchObject({ progress: 1, counted: counted(1, 1, 1), leftOut: leftOut(0, 1, 1) })
    expect(ids(measure.body.progress.leftOut.cancelled)).toEqual([w.a5.id])
    expect(measure.body.indicators).toEqual([])
  })

  it('200: a coordinator of another organisation does not see a draft behind a missing action; the figures are the same', async () => {
    const coordinatorOfA = await makeUser('coordinator', [w.A.id])
    const asA = await get('/explain', { periodId: w.P2025.id, organisationId: w.B.id }, coordinatorOfA)
    expect(asA.body.progress.leftOut.missing.map((a: { uncountedFollowUp: unknown }) => a.uncountedFollowUp)).toEqual([
      expect.objectContaining({ state: 'returned' }),
      null,
    ])
    const coordinatorOfB = await makeUser('coordinator', [w.B.id])
    const asB = await get('/explain', { periodId: w.P2025.id, organisationId: w.B.id }, coordinatorOfB)
    expect(asB.body.progress.leftOut.missing[1].uncountedFollowUp).toMatchObject({ id: w.f.a4y25.id, state: 'draft' })
    expect(asA.body.progress.figure).toEqual(asB.body.progress.figure)
  })

  it('400: more than one subject', async () => {
    expectProblem(await get('/explain', { periodId: w.P2025.id, goalId: w.G1.id, measureId: w.M1.id }), 400, 'validation-failed', [
      'goalId',
      'measureId',
    ])
  })

  it('404: an unknown goal or measure; 422: a goal of another strategy', async () => {
    expectProblem(await get('/explain', { periodId: w.P2025.id, goalId: 999999 }), 404, 'not-found')
    expectProblem(await get('/explain', { periodId: w.P2025.id, measureId: 999999 }), 404, 'not-found')
    expectProblem(await get('/explain', { periodId: w.P2025.id, organisationId: 999999 }), 404, 'not-found')
    const elsewhere = await makeGoal()
    expectProblem(await get('/explain', { periodId: w.P2025.id, goalId: elsewhere.id }), 422, 'rule-violated', ['goalId'])
  })

  it('401: not signed in', async () => {
    expectProblem(await get('/explain', { periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })
})

describe('GET /api/v1/progress/attention', () => {
  it('200: actions without a follow-up, planned past start, measures nobody acts on, organisations not reported', async () => {
    const res = await get('/attention', { periodId: w.P2025.id })
    expect(res.status).toBe(200)
    expect(res.body.referenceDate).toBe('2025-12-31')
    expect(
      res.body.actionsWithoutFollowUp.map((a: { id: number; uncountedFollowUp: { state: string } }) => [a.id, a.uncountedFollowUp.state]),
    ).toEqual([
      [w.a3.id, 'returned'],
      [w.a4.id, 'draft'],
    ])
    expect(res.body.plannedPastStart).toMatchObject([
      { id: w.a7.id, plannedStart: '2025-03-01', status: 'planned', followUp: { id: w.f.a7y25.id } },
    ])
    expect(res.body.measuresWithoutActiveAction).toEqual([])
    expect(res.body.organisationsNotReported).toEqual([
      {
        organisation: { id: w.B.id, name: 'Kommun B', shortName: null, kind: 'municipality', parentId: null },
        dueActionIds: [w.a3.id, w.a4.id],
      },
    ])
  })

  it('200: a measure without any active action is flagged', async () => {
    const lonely = await measure(w.G2.id, '2.2', [])
    try {
      const res = await get('/attention', { periodId: w.P2025.id })
      expect(res.body.measuresWithoutActiveAction).toEqual([{ id: lonely.id, code: lonely.code, title: lonely.title, goalId: w.G2.id }])
    } finally {
      await db().measure.update({ where: { id: lonely.id }, data: { archivedAt: new Date() } })
    }
  })

  it('404: an unknown period; 401: not signed in', async () => {
    expectProblem(await get('/attention', { periodId: 999999 }), 404, 'not-found')
    expectProblem(await get('/attention', { periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })
})

describe('query count', () => {
  /** A larger world of the same shape: 4 organisations, 6 measures, 24 actions with 2 follow-ups each, indicators. */
  async function largerWorld() {
    const organisations = [] as { id: number }[]
    for (let i = 0; i < 4; i++) organisations.push(await makeOrganisation({ foreign: true }))
    const strategy = await makeStrategy()
    const goal = await makeGoal({ strategyId: strategy.id })
    const sub = await makeGoal({ strategyId: strategy.id, parentId: goal.id })
    const measures = [] as { id: number }[]
    for (let i = 0; i < 6; i++)
      measures.push(
        await measure(
          i < 3 ? goal.id : sub.id,
          `M${i}`,
          organisations.map((o) => o.id),
        ),
      )
    const periods = [await yearPeriod(strategy.id, 2024, 'closed'), await yearPeriod(strategy.id, 2025, 'open')]
    for (const [i, organisation] of organisations.entries()) {
      const plan = await makePlan({ strategyId: strategy.id, organisationId: organisation.id })
      for (let j = 0; j < 6; j++) {
        const action = await makeAction({
          planId: plan.id,
          measureIds: [measures[j].id, measures[(j + i) % 6].id].filter((id, k, all) => all.indexOf(id) === k),
        })
        await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: organisations[(i + 1) % 4].id } })
        await followUp(action.id, periods[0].id, 'approved', 'ongoing', 10 * j)
        await followUp(action.id, periods[1].id, j % 2 ? 'submitted' : 'draft', 'ongoing', 10 * j + 5)
      }
    }
    for (const m of measures.slice(0, 2)) {
      const indicator = await makeIndicator({ measureId: m.id })
      await db().indicatorValue.createMany({ data: periods.map((p, k) => ({ indicatorId: indicator.id, periodId: p.id, value: 50 + k })) })
    }
    return { period: periods[1], organisationId: organisations[0].id, goalId: goal.id }
  }

  it('is the same for a small and a larger world, on every endpoint', async () => {
    const large = await largerWorld()
    const small = { period: w.P2025, organisationId: w.A.id, goalId: w.G1.id }
    const queriesOf = async (world: typeof small) => {
      const count = async (path: string, query: Record<string, number>) => {
        const before = queryCount()
        await get(path, query).expect(200)
        return queryCount() - before
      }
      const periodId = world.period.id
      return {
        goals: await count('/goals', { periodId }),
        coverage: await count('/coverage', { periodId }),
        organisation: await count(`/organisations/${world.organisationId}`, { periodId }),
        explain: await count('/explain', { periodId, goalId: world.goalId }),
        attention: await count('/attention', { periodId }),
      }
    }
    const [forSmall, forLarge] = [await queriesOf(small), await queriesOf(large)]
    expect(forLarge).toEqual(forSmall)
  })
})

describe('answers kept while the database is unchanged (db/changes.ts)', () => {
  /** SQL statements of one request. */
  const statements = async (send: () => Promise<unknown>) => {
    const before = queryCount()
    await send()
    return queryCount() - before
  }

  it('a repeated request costs only the session lookup; any write makes the next one compute afresh', async () => {
    const v = await buildWorld()
    const query = { periodId: v.P2025.id }
    const session = await statements(() => api().get('/api/v1/openapi.json').expect(200))
    const first = await statements(() => get('/goals', query).expect(200))
    expect(await statements(() => get('/goals', query).expect(200))).toBe(session)
    await db().organisation.update({ where: { id: v.A.id }, data: { version: { increment: 1 } } })
    expect(await statements(() => get('/goals', query).expect(200))).toBe(first)
  })

  it('a follow-up resubmitted, then approved: the next answers have the new figure and the new state', async () => {
    const v = await buildWorld()
    const coordinatorOfB = await makeUser('coordinator', [v.B.id])
    const query = { periodId: v.P2025.id }
    const before = (await get('/goals', query).expect(200)).body
    expect(before.county.progress.progress).toEqual(close((0.8 + 0.5 + 1) / 3))
    // a3's returned follow-up (ongoing 70 %) counts once resubmitted: M1 = mean(0.6, 1, 0.7)
    await api(coordinatorOfB).post(`/api/v1/follow-ups/${v.f.a3y25.id}/submit`).send({ version: v.f.a3y25.version }).expect(200)
    const after = (await get('/goals', query).expect(200)).body
    expect(after.county.progress.progress).toEqual(close((2.3 / 3 + 0.5 + 1) / 3))
    expect(after.goals.find((g: { goalId: number }) => g.goalId === v.G1.id).progress.progress).toEqual(close((2.3 / 3 + 0.5) / 2))
    const explainA3 = async () =>
      (await get('/explain', { ...query, measureId: v.M1.id }).expect(200)).body.progress.actions.find(
        (a: { id: number }) => a.id === v.a3.id,
      )
    expect((await explainA3()).followUp).toMatchObject({ id: v.f.a3y25.id, state: 'submitted' })
    await api()
      .post(`/api/v1/follow-ups/${v.f.a3y25.id}/approve`)
      .send({ version: v.f.a3y25.version + 1 })
      .expect(200)
    expect((await explainA3()).followUp).toMatchObject({ id: v.f.a3y25.id, state: 'approved' })
  })

  it('a coordinator never gets the answer kept for another visibility: each sees the drafts they may see, asked in any order', async () => {
    const v = await buildWorld()
    const [coordinatorOfA, coordinatorOfB] = [await makeUser('coordinator', [v.A.id]), await makeUser('coordinator', [v.B.id])]
    // no write from here on: every answer below may come from the cache
    const draftOfA4 = async (as?: Parameters<typeof api>[0]) =>
      (await get('/attention', { periodId: v.P2025.id }, as).expect(200)).body.actionsWithoutFollowUp.find(
        (a: { id: number }) => a.id === v.a4.id,
      ).uncountedFollowUp
    for (let round = 0; round < 2; round++) {
      expect(await draftOfA4()).toMatchObject({ id: v.f.a4y25.id, state: 'draft' })
      expect(await draftOfA4(coordinatorOfA)).toBeNull()
      expect(await draftOfA4(coordinatorOfB)).toMatchObject({ id: v.f.a4y25.id, state: 'draft' })
      expect(await draftOfA4('steering')).toMatchObject({ id: v.f.a4y25.id, state: 'draft' })
    }
  })
})
