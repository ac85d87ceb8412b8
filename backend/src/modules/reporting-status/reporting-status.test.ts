import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeFollowUp, makeOrganisation, makePeriod, makePlan, makeStrategy } from '../../test/factories'

const URL = '/api/v1/reporting-status'

type State = 'draft' | 'submitted' | 'returned' | 'approved'
const counts = (draft: number, submitted: number, returned: number, approved: number) => ({ draft, submitted, returned, approved })

/** An action of the plan, changed as given, with a follow-up in `periodId` in the given state (or none). */
async function action(
  planId: number,
  periodId: number,
  opts: { state?: State; status?: 'cancelled'; plannedStart?: string; archived?: boolean; archivedFollowUp?: boolean } = {},
) {
  const row = await makeAction({ planId, ...(opts.status ? { status: opts.status } : {}) })
  if (opts.plannedStart || opts.archived)
    await db().planAction.update({
      where: { id: row.id },
      data: {
        ...(opts.plannedStart ? { plannedStart: new Date(opts.plannedStart) } : {}),
        ...(opts.archived ? { archivedAt: new Date() } : {}),
      },
    })
  if (opts.state) {
    const followUp = await makeFollowUp({ actionId: row.id, periodId, state: opts.state })
    if (opts.archivedFollowUp) await db().followUp.update({ where: { id: followUp.id }, data: { archivedAt: new Date() } })
  }
  return row
}

/** A strategy with the period asked about (2025) and another period. */
async function setting() {
  const strategy = await makeStrategy()
  const period = await makePeriod({ strategyId: strategy.id, name: `2025 ${strategy.id}` })
  const otherPeriod = await makePeriod({ strategyId: strategy.id })
  return { strategy, period, otherPeriod }
}

describe('GET /api/v1/reporting-status', () => {
  it('200: per organisation with a plan in the strategy, its due actions, follow-ups by state and missing ones, with totals', async () => {
    const { strategy, period, otherPeriod } = await setting()
    const [solna, polisen, empty] = [
      await makeOrganisation({ name: `Solna ${strategy.id}` }),
      await makeOrganisation({ name: `Polisen ${strategy.id}`, kind: 'authority' }),
      await makeOrganisation({ name: `Österåker ${strategy.id}` }),
    ]
    // Solna: two plans in the strategy (actions of both count)
    const [solnaPlan, solnaPlan2] = [
      await makePlan({ strategyId: strategy.id, organisationId: solna.id }),
      await makePlan({ strategyId: strategy.id, organisationId: solna.id }),
    ]
    await action(solnaPlan.id, period.id, { state: 'draft' })
    await action(solnaPlan.id, period.id, { state: 'submitted' })
    await action(solnaPlan2.id, period.id, { state: 'submitted', plannedStart: '2025-12-31' }) // starts on the period's last day: due
    await action(solnaPlan.id, period.id) // missing
    await action(solnaPlan.id, otherPeriod.id, { state: 'approved' }) // followed up in another period only: missing
    await action(solnaPlan.id, period.id, { state: 'draft', archivedFollowUp: true }) // its follow-up archived: missing
    await action(solnaPlan.id, period.id, { status: 'cancelled' }) // not due
    await action(solnaPlan.id, period.id, { plannedStart: '2026-01-01' }) // starts after the period: not due
    await action(solnaPlan.id, period.id, { archived: true, state: 'approved' }) // archived: neither due nor counted
    // Polisen: everything followed up; a cancelled action's follow-up still counts
    const polisPlan = await makePlan({ strategyId: strategy.id, organisationId: polisen.id })
    await action(polisPlan.id, period.id, { state: 'returned' })
    await action(polisPlan.id, period.id, { state: 'approved' })
    await action(polisPlan.id, period.id, { state: 'approved', plannedStart: '2024-03-01' })
    await action(polisPlan.id, period.id, { state: 'approved', status: 'cancelled' })
    // Österåker: a plan without actions
    await makePlan({ strategyId: strategy.id, organisationId: empty.id })
    // left out: a plan in another strategy, an archived plan, an archived organisation's plan
    await action((await makePlan({ organisationId: (await makeOrganisation()).id })).id, period.id)
    const archivedPlan = await makePlan({ strategyId: strategy.id })
    await action(archivedPlan.id, period.id, { state: 'submitted' })
    await db().implementationPlan.update({ where: { id: archivedPlan.id }, data: { archivedAt: new Date() } })
    const gone = await makeOrganisation()
    await action((await makePlan({ strategyId: strategy.id, organisationId: gone.id })).id, period.id)
    await db().organisation.update({ where: { id: gone.id }, data: { archivedAt: new Date() } })

    const res = await api().get(URL).query({ periodId: period.id })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      period: {
        id: period.id,
        strategyId: strategy.id,
        name: period.name,
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        deadline: '2026-02-15',
        status: 'open',
      },
      organisations: [
        { organisation: { id: polisen.id, name: polisen.name, kind: 'authority' }, actions: 3, followUps: counts(0, 0, 1, 3), missing: 0 },
        { organisation: { id: solna.id, name: solna.name, kind: 'municipality' }, actions: 6, followUps: counts(1, 2, 0, 0), missing: 3 },
        { organisation: { id: empty.id, name: empty.name, kind: 'municipality' }, actions: 0, followUps: counts(0, 0, 0, 0), missing: 0 },
      ],
      totals: { actions: 9, followUps: counts(1, 2, 1, 3), missing: 3 },
    })
  })

  it('200: the other period of the same strategy counts its own follow-ups; the steering group may read it', async () => {
    const { strategy, period, otherPeriod } = await setting()
    const organisation = await makeOrganisation()
    const plan = await makePlan({ strategyId: strategy.id, organisationId: organisation.id })
    await action(plan.id, period.id, { state: 'approved' })
    await action(plan.id, otherPeriod.id, { state: 'draft' })
    const res = await api('steering').get(URL).query({ periodId: otherPeriod.id })
    expect(res.status).toBe(200)
    expect(res.body.organisations).toEqual([
      { organisation: expect.objectContaining({ id: organisation.id }), actions: 2, followUps: counts(1, 0, 0, 0), missing: 1 },
    ])
    expect(res.body.totals).toEqual({ actions: 2, followUps: counts(1, 0, 0, 0), missing: 1 })
  })

  it('runs the same number of queries for 2 and for 20 organisations (no per-organisation queries)', async () => {
    const { strategy, period } = await setting()
    const addOrganisation = async (i: number) => {
      const plan = await makePlan({ strategyId: strategy.id, organisationId: (await makeOrganisation()).id })
      await action(plan.id, period.id, { state: (['draft', 'submitted', 'returned', 'approved'] as const)[i % 4] })
      await action(plan.id, period.id)
    }
    const count = async (organisations: number) => {
      const before = queryCount()
      const res = await api().get(URL).query({ periodId: period.id }).expect(200)
      expect(res.body.organisations).toHaveLength(organisations)
      expect(res.body.totals).toMatchObject({ actions: 2 * organisations, missing: organisations })
      return queryCount() - before
    }
    for (let i = 0; i < 2; i++) await addOrganisation(i)
    const withTwo = await count(2)
    for (let i = 2; i < 20; i++) await addOrganisation(i)
    expect(await count(20)).toBe(withTwo)
  })

  it('200: a period of a strategy without plans has no organisations and zero totals', async () => {
    const { period } = await setting()
    expect((await api().get(URL).query({ periodId: period.id }).expect(200)).body).toMatchObject({
      organisations: [],
      totals: { actions: 0, followUps: counts(0, 0, 0, 0), missing: 0 },
    })
  })

  it('400: without a period, or with one that is not an id, or with other parameters', async () => {
    expectProblem(await api().get(URL), 400, 'validation-failed', ['periodId'])
    expectProblem(await api().get(URL).query({ periodId: 'x' }), 400, 'validation-failed', ['periodId'])
    expectProblem(await api().get(URL).query({ periodId: 1, organisationId: 2 }), 400, 'validation-failed', ['organisationId'])
  })

  it('404: an unknown period', async () => {
    expectProblem(await api().get(URL).query({ periodId: 999999 }), 404, 'not-found')
  })

  it('401 anonymous; 403 coordinators', async () => {
    const { period } = await setting()
    expectProblem(await api('anonymous').get(URL).query({ periodId: period.id }), 401, 'unauthenticated')
    expectProblem(await api('coordinator').get(URL).query({ periodId: period.id }), 403, 'forbidden')
  })
})
