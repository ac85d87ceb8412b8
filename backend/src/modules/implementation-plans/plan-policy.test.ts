// `can` of plans and actions against a real PostgreSQL: what each kind of reader is told they may do (the table),
// that the flag and the write agree (a flag that says yes is a write that succeeds, and no is a refusal), and that
// the kept list answers never hand one reader's `can` to another.
import type { ImplementationPlanCan, PlanActionCan } from '@uppfoljning/contract'
import { db } from '../../db/prisma'
import { api } from '../../test/api'
import { makeAction, makeMeasure, makeOrganisation, makePeriod, makePlan } from '../../test/factories'
import { makeUser, type StandardUser, type TestSession } from '../../test/users'

type Caller = StandardUser | TestSession
const NOTHING = { edit: false, archive: false }

/** Two organisations' coordinators (the plan's, a co-owner's of its action), another one's, OPK staff, the steering group. */
async function world() {
  const [owner, partner, stranger] = [await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true })]
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
  /** an action of `planId` co-owned by the partner */
  const action = async (planId = plan.id, archived = false) => {
    const a = await makeAction({ planId, measureIds: [measure.id] })
    await db().planActionCoOwner.create({ data: { actionId: a.id, organisationId: partner.id } })
    if (archived) await db().planAction.update({ where: { id: a.id }, data: { archivedAt: new Date() } })
    return a
  }
  return { owner, partner, plan, archivedPlan, measure, callers, action }
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
      const list = await api(w.callers[who]).get('/api/v1/implementation-plans').query({ organisationId: w.owner.id, includeArchived: 'true' })
      expect({ who, planId, can: list.body.items.find((p: { id: number }) => p.id === planId).can }).toEqual({ who, planId, can })
    }
  })

  it('a flag that says yes is a write that succeeds; no is a refusal (edit, addAction)', async () => {
    const w = await world()
    for (const who of Object.keys(w.callers) as (keyof typeof w.callers)[]) {
      for (const planId of [w.plan.id, w.archivedPlan.id]) {
        const read = await api(w.callers[who]).get(`/api/v1/implementation-plans/${planId}`)
        const edit = await api(w.callers[who]).patch(`/api/v1/implementation-plans/${planId}`).send({ version: read.body.version, adoptedBy: 'Kommunstyrelsen' })
        const add = await api(w.callers[who]).post(`/api/v1/implementation-plans/${planId}/actions`).send({ title: 'Ny aktivitet', measureIds: [w.measure.id] })
        expect({ who, planId, edit: ok(edit.status), addAction: ok(add.status) }).toEqual({ who, planId, edit: read.body.can.edit, addAction: read.body.can.addAction })
      }
    }
  })

  it('kept list answers: readers with different rights never get each other\'s can', async () => {
    const w = await world()
    const url = `/api/v1/implementation-plans?organisationId=${w.owner.id}`
    const canIn = async (who: Caller) => (await api(who).get(url)).body.items.find((p: { id: number }) => p.id === w.plan.id).can.edit
    // the same question, nothing written in between: the second and later answers come from the kept bytes
    expect([await canIn(w.callers.own), await canIn(w.callers.other), await canIn('opk'), await canIn(w.callers.own), await canIn(w.callers.other)]).toEqual([true, false, false, true, false])
    // a second coordinator of the same organisation has the same rights, and gets the same answer
    expect(await canIn(await makeUser('coordinator', [w.owner.id]))).toBe(true)
  })
})

describe('can of a plan action', () => {
  it('tells each reader what they may do, in the item and in both lists alike', async () => {
    const w = await world()
    const [live, archived, inArchivedPlan] = [await w.action(), await w.action(w.plan.id, true), await w.action(w.archivedPlan.id)]
    const all: PlanActionCan = { edit: true, archive: true, addFollowUp: true }
    const none: PlanActionCan = { ...NOTHING, addFollowUp: false }
    const table: [keyof typeof w.callers, { id: number; planId: number }, PlanActionCan][] = [
      ['own', live, all],
      ['partner', live, all],
      // an archived action can be changed and restored, not followed up
      ['own', archived, { ...all, addFollowUp: false }],
      ['partner', archived, { ...all, addFollowUp: false }],
      // an archived plan is read-only until restored
      ['own', inArchivedPlan, none],
      ['partner', inArchivedPlan, none],
      ['other', live, none],
      ['opk', live, none],
      ['steering', live, none],
    ]
    for (const [who, action, can] of table) {
      const row = { who, action: action.id }
      expect({ ...row, can: await canOf(w.callers[who], `/api/v1/plan-actions/${action.id}`) }).toEqual({ ...row, can })
      const inPlan = await api(w.callers[who]).get(`/api/v1/implementation-plans/${action.planId}/actions`).query({ includeArchived: 'true' })
      expect({ ...row, can: inPlan.body.items.find((a: { id: number }) => a.id === action.id).can }).toEqual({ ...row, can })
      const search = await api(w.callers[who]).get('/api/v1/plan-actions').query({ planId: action.planId, includeArchived: 'true' })
      expect({ ...row, can: search.body.items.find((a: { id: number }) => a.id === action.id).can }).toEqual({ ...row, can })
    }
  })

  it('a flag that says yes is a write that succeeds; no is a refusal (edit, archive, addFollowUp)', async () => {
    const w = await world()
    for (const who of Object.keys(w.callers) as (keyof typeof w.callers)[]) {
      for (const make of [() => w.action(), () => w.action(w.plan.id, true), () => w.action(w.archivedPlan.id)]) {
        const action = await make()
        const read = await api(w.callers[who]).get(`/api/v1/plan-actions/${action.id}`)
        const period = await makePeriod({ strategyId: w.plan.strategyId, status: 'open' })
        const followUp = await api(w.callers[who]).post(`/api/v1/plan-actions/${action.id}/follow-ups`).send({ periodId: period.id, status: 'ongoing', progress: 10 })
        const edit = await api(w.callers[who]).patch(`/api/v1/plan-actions/${action.id}`).send({ version: read.body.version, responsibleUnit: 'Socialtjänsten' })
        const archive = await api(w.callers[who]).post(`/api/v1/plan-actions/${action.id}/${read.body.archivedAt ? 'restore' : 'archive'}`)
        const row = { who, action: action.id }
        expect({ ...row, edit: ok(edit.status), archive: ok(archive.status), addFollowUp: ok(followUp.status) }).toEqual({ ...row, ...read.body.can })
      }
    }
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
    expect(await db().planAction.findUniqueOrThrow({ where: { id: action.id }, select: { title: true, version: true, archivedAt: true } })).toEqual({ title: action.title, version: 1, archivedAt: null })
  })

  it('kept list answers: an owner and a stranger asking the same list each get their own can', async () => {
    const w = await world()
    const action = await w.action()
    const canIn = async (who: Caller) => (await api(who).get(`/api/v1/implementation-plans/${w.plan.id}/actions`)).body.items.find((a: { id: number }) => a.id === action.id).can.edit
    expect([await canIn(w.callers.partner), await canIn(w.callers.other), await canIn(w.callers.partner), await canIn('steering')]).toEqual([true, false, true, false])
  })
})
