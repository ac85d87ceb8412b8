// `can` of plans and actions against a real PostgreSQL: what each kind of reader is told they may do (the table),
// that the flag and the write agree (a flag that says yes is a write that succeeds, and no is a refusal), and that
// the kept list answers never hand one reader's `can` to another.
import type { ImplementationPlanCan, PlanActionCan } from '@uppfoljning/contract'
import { db } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeMeasure, makeOrganisation, makePeriod, makePlan } from '../../test/factories'
import { makeUser, type StandardUser, type TestSession } from '../../test/users'

type Caller = StandardUser | TestSession
const NOTHING = { edit: false, archive: false }

/** Two organisations' coordinators (the plan's, a co-owner's of its action), another one's, OPK staff, the steering group. */
async function world() {
  const [owner, partner, stranger] = [
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
  ]
  const callers = {
    own: await makeUser('coordinator', [owner.id]),
    partner: await makeUser('coordinator', [partner.id]),
    other: await makeUser('coordinator', [stranger.id]),
    opk: 'opk' as const,
    steering: 'steering' as const,
  }
  const plan = await makePlan({ organisationId: owner.id })
  const archivedPlan = await makePlan({ organisationId: owner.id, strategyId: plan.strategyId })
  await db().implementationPlan.update({ where: { id: archivedPlan.id }, data: { archivedAt: new Date() } })
  const measure = await makeMeasure({ strategyId: plan.strategyId })
  const otherMeasure = await makeMeasure({ strategyId: plan.strategyId })
  /** an action of `planId` co-owned by the partner */
  const action = async (planId = plan.id, archived = false) => {
    const a = await makeAction({ planId, measureIds: [measure.id] })
    await db().planActionCoOwner.create({ data: { actionId: a.id, organisationId: partner.id } })
    if (archived) await db().planAction.update({ where: { id: a.id }, data: { archivedAt: new Date() } })
    return a
  }
  return { owner, partner, stranger, plan, archivedPlan, measure, otherMeasure, callers, action }
}

const canOf = async (who: Caller, url: string) => {
  const res = await api(who).get(url)
  expect(res.status).toBe(200)
  return res.body.can
}
const ok = (status: number) => status >= 200 && status < 300

describe('can of an implementation plan', () => {
  it('tells each reader what they may do, in the item and in the list alike', async () => {
    const w = await world()
    const table: [keyof typeof w.callers, number, ImplementationPlanCan][] = [
      ['own', w.plan.id, { edit: true, archive: true, addAction: true }],
      ['own', w.archivedPlan.id, { edit: true, archive: true, addAction: false }],
      // a co-owner of one of its actions does not own the plan
      ['partner', w.plan.id, { ...NOTHING, addAction: false }],
      ['other', w.plan.id, { ...NOTHING, addAction: false }],
      ['opk', w.plan.id, { ...NOTHING, addAction: false }],
      ['steering', w.archivedPlan.id, { ...NOTHING, addAction: false }],
    ]
    for (const [who, planId, can] of table) {
      expect({ who, planId, can: await canOf(w.callers[who], `/api/v1/implementation-plans/${planId}`) }).toEqual({ who, planId, can })
      const list = await api(w.callers[who])
        .get('/api/v1/implementation-plans')
        .query({ organisationId: w.owner.id, includeArchived: 'true' })
      expect({ who, planId, can: list.body.items.find((p: { id: number }) => p.id === planId).can }).toEqual({ who, planId, can })
    }
  })

  it('a flag that says yes is a write that succeeds; no is a refusal (edit, addAction)', async () => {
    const w = await world()
    for (const who of Object.keys(w.callers) as (keyof typeof w.callers)[]) {
      for (const planId of [w.plan.id, w.archivedPlan.id]) {
        const read = await api(w.callers[who]).get(`/api/v1/implementation-plans/${planId}`)
        const edit = await api(w.callers[who])
          .patch(`/api/v1/implementation-plans/${planId}`)
          .send({ version: read.body.version, adoptedBy: 'Kommunstyrelsen' })
        const add = await api(w.callers[who])
          .post(`/api/v1/implementation-plans/${planId}/actions`)
          .send({ title: 'Ny aktivitet', measureIds: [w.measure.id] })
        expect({ who, planId, edit: ok(edit.status), addAction: ok(add.status) }).toEqual({
          who,
          planId,
          edit: read.body.can.edit,
          addAction: read.body.can.addAction,
        })
      }
    }
  })

  it("kept list answers: readers with different rights never get each other's can", async () => {
    const w = await world()
    const url = `/api/v1/implementation-plans?organisationId=${w.owner.id}`
    const canIn = async (who: Caller) => (await api(who).get(url)).body.items.find((p: { id: number }) => p.id === w.plan.id).can.edit
    // the same question, nothing written in between: the second and later answers come from the kept bytes
    expect([
      await canIn(w.callers.own),
      await canIn(w.callers.other),
      await canIn('opk'),
      await canIn(w.callers.own),
      await canIn(w.callers.other),
    ]).toEqual([true, false, false, true, false])
    // a second coordinator of the same organisation has the same rights, and gets the same answer
    expect(await canIn(await makeUser('coordinator', [w.owner.id]))).toBe(true)
  })
})

describe('can of a plan action', () => {
  it('tells each reader what they may do, in the item and in both lists alike', async () => {
    const w = await world()
    const [live, archived, inArchivedPlan] = [await w.action(), await w.action(w.plan.id, true), await w.action(w.archivedPlan.id)]
    const all: PlanActionCan = { edit: true, editLinks: true, archive: true, addFollowUp: true }
    const none: PlanActionCan = { ...NOTHING, editLinks: false, addFollowUp: false }
    // a joint action's co-owner reports on it (description, status, follow-ups); what it is and whether it exists is the owner's
    const coOwner: PlanActionCan = { ...all, editLinks: false, archive: false }
    const table: [keyof typeof w.callers, { id: number; planId: number }, PlanActionCan][] = [
      ['own', live, all],
      ['partner', live, coOwner],
      // an archived action can be changed and restored, not followed up
      ['own', archived, { ...all, addFollowUp: false }],
      ['partner', archived, { ...coOwner, addFollowUp: false }],
      // an archived plan is read-only until restored
      ['own', inArchivedPlan, none],
      ['partner', inArchivedPlan, none],
      ['other', live, none],
      // OPK staff may correct any action, but follow-ups are the organisations' own
      ['opk', live, { ...all, addFollowUp: false }],
      ['opk', archived, { ...all, addFollowUp: false }],
      ['opk', inArchivedPlan, none],
      ['steering', live, none],
    ]
    for (const [who, action, can] of table) {
      const row = { who, action: action.id }
      expect({ ...row, can: await canOf(w.callers[who], `/api/v1/plan-actions/${action.id}`) }).toEqual({ ...row, can })
      const inPlan = await api(w.callers[who])
        .get(`/api/v1/implementation-plans/${action.planId}/actions`)
        .query({ includeArchived: 'true' })
      expect({ ...row, can: inPlan.body.items.find((a: { id: number }) => a.id === action.id).can }).toEqual({ ...row, can })
      const search = await api(w.callers[who]).get('/api/v1/plan-actions').query({ planId: action.planId, includeArchived: 'true' })
      expect({ ...row, can: search.body.items.find((a: { id: number }) => a.id === action.id).can }).toEqual({ ...row, can })
    }
  })

  it('a flag that says yes is a write that succeeds; no is a refusal (edit, editLinks, archive, addFollowUp)', async () => {
    const w = await world()
    type Read = { id: number; version: number; archivedAt: string | null; title: string }
    const writes: Record<keyof PlanActionCan, (who: Caller, a: Read) => Promise<{ status: number }>> = {
      edit: (who, a) =>
        api(who).patch(`/api/v1/plan-actions/${a.id}`).send({ version: a.version, description: 'Ny beskrivning', status: 'completed' }),
      // each of the owner's fields on its own, with the co-owner's fields beside it
      editLinks: async (who, a) => {
        const changes = [
          { measureIds: [w.measure.id, w.otherMeasure.id] },
          { coOwnerIds: [w.stranger.id] },
          { title: `${a.title} (ny)` },
          { responsibleUnit: 'Socialtjänsten' },
          { plannedStart: '2026-01-01' },
          { plannedEnd: '2026-12-31', description: 'Ny beskrivning' },
        ]
        const statuses: number[] = []
        for (const change of changes) {
          const version = (await db().planAction.findUniqueOrThrow({ where: { id: a.id } })).version
          statuses.push(
            (
              await api(who)
                .patch(`/api/v1/plan-actions/${a.id}`)
                .send({ version, ...change })
            ).status,
          )
        }
        // all succeed or all are refused
        expect(new Set(statuses.map(ok)).size).toBe(1)
        return { status: statuses[0] }
      },
      archive: (who, a) => api(who).post(`/api/v1/plan-actions/${a.id}/${a.archivedAt ? 'restore' : 'archive'}`),
      addFollowUp: async (who, a) => {
        const period = await makePeriod({ strategyId: w.plan.strategyId, status: 'open' })
        return api(who).post(`/api/v1/plan-actions/${a.id}/follow-ups`).send({ periodId: period.id, status: 'ongoing', progress: 10 })
      },
    }
    for (const who of Object.keys(w.callers) as (keyof typeof w.callers)[])
      for (const make of [() => w.action(), () => w.action(w.plan.id, true), () => w.action(w.archivedPlan.id)])
        for (const write of Object.keys(writes) as (keyof PlanActionCan)[]) {
          const action = await make()
          const read = await api(w.callers[who]).get(`/api/v1/plan-actions/${action.id}`)
          const res = await writes[write](w.callers[who], read.body)
          const row = { who, action: action.id, write }
          expect({ ...row, succeeded: ok(res.status) }).toEqual({ ...row, succeeded: read.body.can[write] })
        }
  })

  it("403: a co-owner who changes the owner's fields is told which, and nothing changes; the same fields sent unchanged are no change", async () => {
    const w = await world()
    const action = await w.action()
    const stored = () =>
      db().planAction.findUniqueOrThrow({
        where: { id: action.id },
        select: {
          version: true,
          title: true,
          archivedAt: true,
          measures: { select: { measureId: true } },
          coOwners: { select: { organisationId: true } },
        },
      })
    const lastAudit = async () => (await db().auditEvent.aggregate({ _max: { id: true } }))._max.id
    const before = { row: await stored(), audit: await lastAudit() }
    // removing every co-owner and a measure swapped: the two fields named
    const res = await api(w.callers.partner)
      .patch(`/api/v1/plan-actions/${action.id}`)
      .send({ version: 1, coOwnerIds: [], measureIds: [w.otherMeasure.id], description: 'Ny' })
    expectProblem(res, 403, 'forbidden', ['measureIds', 'coOwnerIds'])
    expect(res.body.detail).toBe(
      'Som medägare kan du ändra beskrivning och status, men inte åtgärderna, medägarna: det kan bara organisationen som äger aktiviteten (genomförandeplanens organisation).',
    )
    expect(res.body.errors).toContainEqual({
      path: 'coOwnerIds',
      message:
        'Som medägare kan du inte ändra medägarna: det kan bara organisationen som äger aktiviteten (genomförandeplanens organisation).',
    })
    const renamed = await api(w.callers.partner).patch(`/api/v1/plan-actions/${action.id}`).send({ version: 1, title: 'Polisens namn' })
    expectProblem(renamed, 403, 'forbidden', ['title'])
    const archived = await api(w.callers.partner).post(`/api/v1/plan-actions/${action.id}/archive`)
    expectProblem(archived, 403, 'forbidden')
    expect(archived.body.detail).toBe(
      'Aktiviteten är myndighetsgemensam: bara organisationen som äger den (genomförandeplanens organisation) kan arkivera eller återställa den.',
    )
    expect({ row: await stored(), audit: await lastAudit() }).toEqual(before)
    // a form that sends every field back as it was: only the description and status change
    const same = await api(w.callers.partner)
      .patch(`/api/v1/plan-actions/${action.id}`)
      .send({
        version: 1,
        title: action.title,
        measureIds: [w.measure.id],
        coOwnerIds: [w.partner.id],
        plannedStart: null,
        description: 'Polisens lägesbild',
        status: 'completed',
      })
    expect(same.status).toBe(200)
    expect(same.body).toMatchObject({
      description: 'Polisens lägesbild',
      status: 'completed',
      version: 2,
      coOwners: [{ id: w.partner.id }],
    })
    // OPK staff may change the links
    const staff = await api('opk')
      .patch(`/api/v1/plan-actions/${action.id}`)
      .send({ version: 2, measureIds: [w.otherMeasure.id] })
    expect({ status: staff.status, measures: staff.body.measures.map((m: { id: number }) => m.id) }).toEqual({
      status: 200,
      measures: [w.otherMeasure.id],
    })
  })

  it('422: an action of an archived plan does not change until the plan is restored', async () => {
    const w = await world()
    const action = await w.action(w.archivedPlan.id)
    const res = await api(w.callers.own).patch(`/api/v1/plan-actions/${action.id}`).send({ version: 1, title: 'Nytt namn' })
    expect({ status: res.status, type: res.body.type, detail: res.body.detail }).toEqual({
      status: 422,
      type: '/problems/rule-violated',
      detail: 'Genomförandeplanen är arkiverad: återställ den innan du ändrar dess aktiviteter.',
    })
    expect((await api(w.callers.own).post(`/api/v1/plan-actions/${action.id}/archive`)).status).toBe(422)
    expect(
      await db().planAction.findUniqueOrThrow({ where: { id: action.id }, select: { title: true, version: true, archivedAt: true } }),
    ).toEqual({ title: action.title, version: 1, archivedAt: null })
  })

  it('kept list answers: an owner and a stranger asking the same list each get their own can', async () => {
    const w = await world()
    const action = await w.action()
    const canIn = async (who: Caller) =>
      (await api(who).get(`/api/v1/implementation-plans/${w.plan.id}/actions`)).body.items.find((a: { id: number }) => a.id === action.id)
        .can.edit
    expect([await canIn(w.callers.partner), await canIn(w.callers.other), await canIn(w.callers.partner), await canIn('steering')]).toEqual(
      [true, false, true, false],
    )
  })
})
