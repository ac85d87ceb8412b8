// `can` of follow-ups against a real PostgreSQL: what each kind of reader is told they may do with a follow-up in
// each state (the table), and that the flag and the write agree for every write, caller and state (a flag that says
// yes is a write that succeeds, and no is a refusal), so the two cannot drift apart.
import type { FollowUpCan } from '@uppfoljning/contract'
import { db } from '../../db/prisma'
import { api } from '../../test/api'
import { makeAction, makeFollowUp, makeOrganisation, makePeriod, makePlan } from '../../test/factories'
import { makeUser, type TestSession } from '../../test/users'

type Kind = 'draft' | 'returned' | 'submitted' | 'approved' | 'submittedClosed' | 'archived' | 'ofArchivedAction'
type Who = 'own' | 'partner' | 'other' | 'opk' | 'steering'
const KINDS: Kind[] = ['draft', 'returned', 'submitted', 'approved', 'submittedClosed', 'archived', 'ofArchivedAction']

let plan: { id: number; strategyId: number }
let partnerId: number
let callers: Record<Who, TestSession | 'opk' | 'steering'>
beforeAll(async () => {
  const [owner, partner, stranger] = [await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true })]
  plan = await makePlan({ organisationId: owner.id })
  partnerId = partner.id
  callers = {
    own: await makeUser('coordinator', [owner.id]),
    partner: await makeUser('coordinator', [partner.id]),
    other: await makeUser('coordinator', [stranger.id]),
    opk: 'opk',
    steering: 'steering',
  }
})

/** A new follow-up of a new action (co-owned by the partner) in a new period of the plan's strategy. */
async function followUp(kind: Kind) {
  const action = await makeAction({ planId: plan.id })
  await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partnerId } })
  const period = await makePeriod({ strategyId: plan.strategyId, status: kind === 'submittedClosed' ? 'closed' : 'open' })
  const state = ({ draft: 'draft', returned: 'returned', submitted: 'submitted', approved: 'approved', submittedClosed: 'submitted', archived: 'draft', ofArchivedAction: 'draft' } as const)[kind]
  const row = await makeFollowUp({ actionId: action.id, periodId: period.id, state })
  if (kind === 'archived') await db().followUp.update({ where: { id: row.id }, data: { archivedAt: new Date() } })
  if (kind === 'ofArchivedAction') await db().planAction.update({ where: { id: action.id }, data: { archivedAt: new Date() } })
  return row
}

const only = (...yes: (keyof FollowUpCan)[]): FollowUpCan => ({
  edit: yes.includes('edit'),
  submit: yes.includes('submit'),
  approve: yes.includes('approve'),
  return: yes.includes('return'),
  comment: yes.includes('comment'),
  archive: yes.includes('archive'),
})

/** What each caller may do with each kind of follow-up; 404: they do not see it (another organisation's draft). */
const owners: Record<Kind, FollowUpCan> = {
  draft: only('edit', 'submit', 'comment', 'archive'),
  returned: only('edit', 'submit', 'comment', 'archive'),
  submitted: only('comment', 'archive'),
  approved: only('comment', 'archive'),
  submittedClosed: only('comment', 'archive'),
  archived: only('archive'),
  ofArchivedAction: only('comment', 'archive'),
}
const expected: Record<Who, Record<Kind, FollowUpCan | 404>> = {
  own: owners,
  partner: owners,
  other: { draft: 404, returned: only(), submitted: only(), approved: only(), submittedClosed: only(), archived: 404, ofArchivedAction: 404 },
  opk: {
    draft: only('comment'),
    returned: only('comment'),
    submitted: only('approve', 'return', 'comment'),
    approved: only('comment'),
    // the review may lag: approving stays possible after the period has closed, returning does not
    submittedClosed: only('approve', 'comment'),
    archived: only(),
    ofArchivedAction: only('comment'),
  },
  steering: Object.fromEntries(KINDS.map((kind) => [kind, only()])) as Record<Kind, FollowUpCan>,
}

const WHO = Object.keys(expected) as Who[]

describe('can of a follow-up', () => {
  it('tells each reader what they may do with a follow-up in each state, in the item and in both lists alike', async () => {
    for (const kind of KINDS) {
      const row = await followUp(kind)
      for (const who of WHO) {
        const res = await api(callers[who]).get(`/api/v1/follow-ups/${row.id}`)
        const can = expected[who][kind]
        if (can === 404) {
          expect({ who, kind, status: res.status }).toEqual({ who, kind, status: 404 })
          continue
        }
        expect({ who, kind, can: res.body.can }).toEqual({ who, kind, can })
        const inAction = await api(callers[who]).get(`/api/v1/plan-actions/${row.actionId}/follow-ups`).query({ includeArchived: 'true' })
        expect({ who, kind, can: inAction.body.items.find((f: { id: number }) => f.id === row.id).can }).toEqual({ who, kind, can })
        const search = await api(callers[who]).get('/api/v1/follow-ups').query({ periodId: row.periodId, includeArchived: 'true' })
        expect({ who, kind, can: search.body.items.find((f: { id: number }) => f.id === row.id).can }).toEqual({ who, kind, can })
      }
    }
  })

  it('a flag that says yes is a write that succeeds; no is a refusal — every write, caller and state', async () => {
    const writes: Record<keyof FollowUpCan, (who: Who, id: number, version: number) => Promise<{ status: number }>> = {
      edit: (who, id, version) => api(callers[who]).patch(`/api/v1/follow-ups/${id}`).send({ version, progress: 70 }),
      submit: (who, id, version) => api(callers[who]).post(`/api/v1/follow-ups/${id}/submit`).send({ version }),
      approve: (who, id, version) => api(callers[who]).post(`/api/v1/follow-ups/${id}/approve`).send({ version }),
      return: (who, id, version) => api(callers[who]).post(`/api/v1/follow-ups/${id}/return`).send({ version, comment: 'Beskriv resultaten.' }),
      comment: (who, id) => api(callers[who]).post(`/api/v1/follow-ups/${id}/comments`).send({ body: 'Tack, vi återkommer.' }),
      archive: async (who, id) => api(callers[who]).post(`/api/v1/follow-ups/${id}/${(await db().followUp.findUniqueOrThrow({ where: { id } })).archivedAt ? 'restore' : 'archive'}`),
    }
    for (const kind of KINDS)
      for (const who of WHO) {
        if (expected[who][kind] === 404) continue
        for (const write of Object.keys(writes) as (keyof FollowUpCan)[]) {
          const row = await followUp(kind)
          const read = await api(callers[who]).get(`/api/v1/follow-ups/${row.id}`)
          const res = await writes[write](who, row.id, read.body.version)
          const succeeded = res.status >= 200 && res.status < 300
          expect({ who, kind, write, succeeded }).toEqual({ who, kind, write, succeeded: read.body.can[write] })
        }
      }
  })

  it('422: the owners cannot change a follow-up of an archived action until it is restored', async () => {
    const row = await followUp('ofArchivedAction')
    const res = await api(callers.own).patch(`/api/v1/follow-ups/${row.id}`).send({ version: row.version, progress: 90 })
    expect({ status: res.status, detail: res.body.detail }).toEqual({ status: 422, detail: 'Aktiviteten är arkiverad: återställ den innan du ändrar dess uppföljningar.' })
    expect(await db().followUp.findUniqueOrThrow({ where: { id: row.id }, select: { progress: true, version: true } })).toEqual({ progress: row.progress, version: row.version })
  })
})
