// GET /progress/map against a real PostgreSQL: figures worked out by hand on a small world, and checked to agree
// with the organisation view and the coverage matrix for the same subject.
//
// The world: municipalities K (with the district D), L and N; goals G1 (M1), its sub-goal G1a (M2), G2 (M3);
// periods 2024 (closed) and 2025. Measures are expected only of named organisations (no kinds):
//   M1 expected of K, L, N · M2 of K, L (the district is not expected: kinds are literal) · M3 of L, N
//   k1 K  M1      2024 approved ongoing 20 %   2025 approved ongoing 60 %   → 2025 0.6, 2024 0.2
//   d1 D  M2      –                            2025 submitted ongoing 40 %  → 2025 0.4, 2024 missing
//   l1 L  M1, M3  2024 approved ongoing 50 %   2025 approved completed      → 2025 1, 2024 0.5
//   l2 L  M2      –                            2025 draft ongoing 30 %      → missing both years
// Whole strategy: K (with D) M1 0.6, M2 0.4 → 0.5 (2024: M1 0.2 → 0.2, change +0.3); L M1 1, M3 1 (M2 null) → 1
//   (2024: 0.5); N null. Coverage: K 2/2 (M2 through D), L 3/3 (l2 is active although missing), N 0/2.
// G1 (M1, M2): K 0.5 (0.2), 2/2 · L 1 (0.5), 2/2 · N null, 0/1.   G1a (M2): K 0.4 (2024 null: change null), 1/1.
// M3: K null, nothing expected (coverage null) · L 1, 1/1 · N null, 0/1.
import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeGoal, makeMeasure, makeOrganisation, makePeriod, makePlan, makeStrategy } from '../../test/factories'
import { makeUser } from '../../test/users'

type State = 'draft' | 'submitted' | 'returned' | 'approved'
type Status = 'planned' | 'ongoing' | 'completed' | 'postponed' | 'cancelled'
interface Area {
  organisation: { id: number; name: string; kind: string; parentId: number | null }
  municipalityCode: string | null
  progress: { progress: number | null; previous: number | null; change: number | null; counted: object; leftOut: object }
  coverage: { expected: number; covered: number; coverage: number | null }
}

const close = (value: number) => expect.closeTo(value, 10)

/** A kommunkod no organisation in the shared database has yet. */
async function freeCode(): Promise<string> {
  for (;;) {
    const code = String(Math.floor(Math.random() * 10_000)).padStart(4, '0')
    if (!(await db().organisation.findUnique({ where: { municipalityCode: code } }))) return code
  }
}

async function measure(goalId: number, code: string, organisationIds: number[]) {
  const { id } = await makeMeasure({ goalId })
  return db().measure.update({
    where: { id },
    data: { code, expectedKinds: [], expectedOrganisations: { create: organisationIds.map((organisationId) => ({ organisationId })) } },
  })
}

async function followUp(actionId: number, periodId: number, state: State, status: Status, progress: number) {
  return db().followUp.create({
    data: { actionId, periodId, state, status, progress, submittedAt: state === 'draft' ? null : new Date('2025-11-01T10:00:00Z') },
  })
}

async function buildWorld() {
  const K = await makeOrganisation({ foreign: true, name: 'Kommun K', municipalityCode: await freeCode() })
  const D = await makeOrganisation({ foreign: true, kind: 'district', name: 'Stadsdel D', parentId: K.id })
  const L = await makeOrganisation({ foreign: true, name: 'Kommun L', municipalityCode: await freeCode() })
  const N = await makeOrganisation({ foreign: true, name: 'Kommun N' })
  const strategy = await makeStrategy()
  const G1 = await makeGoal({ strategyId: strategy.id, code: '1' })
  const G1a = await makeGoal({ strategyId: strategy.id, code: '1.a', parentId: G1.id })
  const G2 = await makeGoal({ strategyId: strategy.id, code: '2' })
  const M1 = await measure(G1.id, '1.1', [K.id, L.id, N.id])
  const M2 = await measure(G1a.id, '1.a.1', [K.id, L.id])
  const M3 = await measure(G2.id, '2.1', [L.id, N.id])
  const P2024 = await db().reportingPeriod.create({
    data: {
      strategyId: strategy.id,
      name: '2024',
      startsOn: new Date('2024-01-01'),
      endsOn: new Date('2024-12-31'),
      deadline: new Date('2025-02-15'),
      status: 'closed',
    },
  })
  const P2025 = await makePeriod({ strategyId: strategy.id, name: '2025' })
  const [planK, planD, planL] = [
    await makePlan({ strategyId: strategy.id, organisationId: K.id }),
    await makePlan({ strategyId: strategy.id, organisationId: D.id }),
    await makePlan({ strategyId: strategy.id, organisationId: L.id }),
  ]
  const k1 = await makeAction({ planId: planK.id, measureIds: [M1.id] })
  const d1 = await makeAction({ planId: planD.id, measureIds: [M2.id] })
  const l1 = await makeAction({ planId: planL.id, measureIds: [M1.id, M3.id] })
  const l2 = await makeAction({ planId: planL.id, measureIds: [M2.id] })
  await followUp(k1.id, P2024.id, 'approved', 'ongoing', 20)
  await followUp(k1.id, P2025.id, 'approved', 'ongoing', 60)
  await followUp(d1.id, P2025.id, 'submitted', 'ongoing', 40)
  await followUp(l1.id, P2024.id, 'approved', 'ongoing', 50)
  await followUp(l1.id, P2025.id, 'approved', 'completed', 100)
  await followUp(l2.id, P2025.id, 'draft', 'ongoing', 30)
  return { K, D, L, N, strategy, G1, G1a, G2, M1, M2, M3, P2024, P2025 }
}

let w: Awaited<ReturnType<typeof buildWorld>>
beforeAll(async () => {
  w = await buildWorld()
})

const map = (query: Record<string, number | string>, as?: Parameters<typeof api>[0]) => api(as).get('/api/v1/progress/map').query(query)
const areaOf = (body: { municipalities: Area[] }, id: number) => body.municipalities.find((m) => m.organisation.id === id)!

describe('GET /api/v1/progress/map', () => {
  it('200: the whole strategy — every municipality by name with its kommunkod, progress and coverage; districts count into their municipality', async () => {
    const res = await map({ periodId: w.P2025.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      strategy: { id: w.strategy.id },
      period: { id: w.P2025.id },
      previousPeriod: { id: w.P2024.id },
      subject: { kind: 'county', id: null, code: null, title: w.strategy.name },
    })
    const areas: Area[] = res.body.municipalities
    expect(areas.every((a) => a.organisation.kind === 'municipality')).toBe(true)
    expect(areas.some((a) => a.organisation.id === w.D.id)).toBe(false)
    const names = areas.map((a) => a.organisation.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')))

    expect(areaOf(res.body, w.K.id)).toEqual({
      organisation: { id: w.K.id, name: 'Kommun K', shortName: null, kind: 'municipality', parentId: null },
      municipalityCode: w.K.municipalityCode,
      progress: {
        progress: close(0.5),
        previous: close(0.2),
        change: close(0.3),
        counted: { measures: 2, actions: 2, followUps: 2 },
        leftOut: { measures: 0, cancelledActions: 0, missingActions: 0, notDueActions: 0, unlinkedActions: 0 },
      },
      coverage: { expected: 2, covered: 2, coverage: 1 },
    })
    expect(areaOf(res.body, w.L.id)).toMatchObject({
      progress: { progress: 1, previous: 0.5, change: 0.5, leftOut: { measures: 1, missingActions: 1 } },
      coverage: { expected: 3, covered: 3, coverage: 1 },
    })
    // no kommunkod registered: listed, not drawn
    expect(areaOf(res.body, w.N.id)).toMatchObject({
      municipalityCode: null,
      progress: { progress: null, previous: null, change: null },
      coverage: { expected: 2, covered: 0, coverage: 0 },
    })
  })

  it("200: a goal includes its sub-goals' measures; a sub-goal and a measure narrow the figures to theirs", async () => {
    const goal = (await map({ periodId: w.P2025.id, goalId: w.G1.id })).body
    expect(goal.subject).toEqual({ kind: 'goal', id: w.G1.id, code: '1', title: w.G1.title })
    expect(areaOf(goal, w.K.id)).toMatchObject({
      progress: { progress: close(0.5), previous: close(0.2) },
      coverage: { expected: 2, covered: 2, coverage: 1 },
    })
    expect(areaOf(goal, w.L.id)).toMatchObject({
      progress: { progress: 1, previous: 0.5, counted: { measures: 1 }, leftOut: { measures: 1, missingActions: 1 } },
      coverage: { expected: 2, covered: 2 },
    })
    expect(areaOf(goal, w.N.id)).toMatchObject({ progress: { progress: null }, coverage: { expected: 1, covered: 0, coverage: 0 } })

    const sub = (await map({ periodId: w.P2025.id, goalId: w.G1a.id })).body
    expect(areaOf(sub, w.K.id)).toMatchObject({
      progress: { progress: close(0.4), previous: null, change: null },
      coverage: { expected: 1, covered: 1 },
    })

    const measure = (await map({ periodId: w.P2025.id, measureId: w.M3.id })).body
    expect(measure.subject).toEqual({ kind: 'measure', id: w.M3.id, code: '2.1', title: w.M3.title })
    expect(areaOf(measure, w.K.id)).toMatchObject({
      progress: { progress: null, counted: { measures: 0, actions: 0, followUps: 0 } },
      coverage: { expected: 0, covered: 0, coverage: null },
    })
    expect(areaOf(measure, w.L.id)).toMatchObject({
      progress: { progress: 1, previous: 0.5, change: 0.5 },
      coverage: { expected: 1, covered: 1, coverage: 1 },
    })
    expect(areaOf(measure, w.N.id)).toMatchObject({ progress: { progress: null }, coverage: { expected: 1, covered: 0, coverage: 0 } })
  })

  it('agrees with /progress/organisations/:id and /progress/coverage for the same subject', async () => {
    const periodId = w.P2025.id
    const [county, goal, measure] = [
      await map({ periodId }),
      await map({ periodId, goalId: w.G1.id }),
      await map({ periodId, measureId: w.M1.id }),
    ]
    const matrix = (await api().get('/api/v1/progress/coverage').query({ periodId })).body
    const matrixRows = matrix.goals.flatMap((g: { measures: object[] }) => g.measures) as {
      measureId: number
      cells: { expected: boolean; state: string }[]
    }[]
    for (const id of [w.K.id, w.L.id, w.N.id]) {
      const view = (await api().get(`/api/v1/progress/organisations/${id}`).query({ periodId })).body
      expect(areaOf(county.body, id).progress).toEqual(view.progress)
      expect(areaOf(county.body, id).coverage).toEqual(view.coverage)
      expect(areaOf(county.body, id).coverage).toEqual(matrix.organisations.find((o: { id: number }) => o.id === id).coverage)

      // the goal: the organisation view's measure rows of the goal and its sub-goal, and the matrix's cells
      const rows = view.measures.filter((m: { goalId: number }) => m.goalId === w.G1.id || m.goalId === w.G1a.id) as {
        measureId: number
        expected: boolean
        state: string
        progress: { progress: number | null }
      }[]
      const withProgress = rows.flatMap((m) => (m.progress.progress === null ? [] : [m.progress.progress]))
      const mean = withProgress.length ? withProgress.reduce((a, b) => a + b, 0) / withProgress.length : null
      expect(areaOf(goal.body, id).progress.progress).toEqual(mean === null ? null : close(mean))
      const col = matrix.organisations.findIndex((o: { id: number }) => o.id === id)
      const cells = matrixRows.filter((r) => [w.M1.id, w.M2.id].includes(r.measureId)).map((r) => r.cells[col])
      expect(areaOf(goal.body, id).coverage).toMatchObject({
        expected: cells.filter((c) => c.expected).length,
        covered: cells.filter((c) => c.state === 'covered').length,
      })
      expect(areaOf(goal.body, id).coverage.expected).toBe(rows.filter((m) => m.expected).length)

      // the measure: the organisation view's row of it
      const row = view.measures.find((m: { measureId: number }) => m.measureId === w.M1.id)
      const area = areaOf(measure.body, id)
      expect([area.progress.progress, area.progress.previous, area.progress.change]).toEqual([
        row.progress.progress,
        row.progress.previous,
        row.progress.change,
      ])
      expect(area.coverage.covered).toBe(row.state === 'covered' ? 1 : 0)
    }
  })

  it("200: a coordinator sees the same figures, though not another organisation's draft", async () => {
    const asOther = await map({ periodId: w.P2025.id, goalId: w.G1.id }, await makeUser('coordinator', [w.K.id]))
    const asStaff = await map({ periodId: w.P2025.id, goalId: w.G1.id })
    expect(asOther.status).toBe(200)
    for (const id of [w.K.id, w.L.id, w.N.id]) expect(areaOf(asOther.body, id)).toEqual(areaOf(asStaff.body, id))
  })

  it('400: no period, both a goal and a measure, unknown parameters', async () => {
    expectProblem(await api().get('/api/v1/progress/map'), 400, 'validation-failed', ['periodId'])
    expectProblem(await map({ periodId: w.P2025.id, goalId: w.G1.id, measureId: w.M1.id }), 400, 'validation-failed', [
      'goalId',
      'measureId',
    ])
    expectProblem(await map({ periodId: w.P2025.id, organisationId: w.K.id }), 400, 'validation-failed', ['organisationId'])
  })

  it('404: an unknown period, goal or measure', async () => {
    expectProblem(await map({ periodId: 999999 }), 404, 'not-found')
    expectProblem(await map({ periodId: w.P2025.id, goalId: 999999 }), 404, 'not-found')
    expectProblem(await map({ periodId: w.P2025.id, measureId: 999999 }), 404, 'not-found')
  })

  it("422: a goal or measure of another strategy than the period's", async () => {
    const elsewhere = await makeMeasure()
    expectProblem(await map({ periodId: w.P2025.id, goalId: elsewhere.goalId }), 422, 'rule-violated', ['goalId'])
    expectProblem(await map({ periodId: w.P2025.id, measureId: elsewhere.id }), 422, 'rule-violated', ['measureId'])
  })

  it('401: not signed in', async () => {
    expectProblem(await map({ periodId: w.P2025.id }, 'anonymous'), 401, 'unauthenticated')
  })

  it('runs as many SQL statements for a larger world', async () => {
    const strategy = await makeStrategy()
    const goal = await makeGoal({ strategyId: strategy.id })
    const period = await makePeriod({ strategyId: strategy.id })
    const organisations = [] as { id: number }[]
    for (let i = 0; i < 3; i++) organisations.push(await makeOrganisation({ foreign: true }))
    const measures = [] as { id: number }[]
    for (let i = 0; i < 4; i++)
      measures.push(
        await measure(
          goal.id,
          `M${i}`,
          organisations.map((o) => o.id),
        ),
      )
    for (const organisation of organisations) {
      const plan = await makePlan({ strategyId: strategy.id, organisationId: organisation.id })
      for (const m of measures)
        await followUp((await makeAction({ planId: plan.id, measureIds: [m.id] })).id, period.id, 'submitted', 'ongoing', 50)
    }
    // each counted request is the first after a write: nothing of it is cached (db/changes.ts)
    const count = async (query: Record<string, number>) => {
      await makeOrganisation({ foreign: true })
      const before = queryCount()
      await map(query).expect(200)
      return queryCount() - before
    }
    expect(await count({ periodId: period.id, goalId: goal.id })).toBe(await count({ periodId: w.P2025.id, goalId: w.G1.id }))
  })
})
