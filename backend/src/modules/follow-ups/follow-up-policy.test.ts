// `can` of follow-ups against a real PostgreSQL: what each kind of reader is told they may do with a follow-up in
// each state (the table), and that the flag and the write agree for every write, caller and state (a flag that says
// yes is a write that succeeds, and no is a refusal), so the two cannot drift apart.
import type { FollowUpCan } from '@uppfoljning/contract'
import { db } from '../../db/prisma'
import type request from 'supertest'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeFollowUp, makeOrganisation, makePeriod, makePlan } from '../../test/factories'
import { makeUser, standardSession, type TestSession } from '../../test/users'

type Kind =
  | 'draft'
  | 'returned'
  | 'submitted'
  | 'approved'
  | 'submittedClosed'
  | 'approvedClosed'
  | 'draftClosed'
  | 'reopenedClosed'
  | 'archived'
  | 'ofArchivedAction'
type Who = 'own' | 'partner' | 'other' | 'opk' | 'steering'
const KINDS: Kind[] = [
  'draft',
  'returned',
  'submitted',
  'approved',
  'submittedClosed',
  'approvedClosed',
  'draftClosed',
  'reopenedClosed',
  'archived',
  'ofArchivedAction',
]
const CLOSED: Kind[] = ['submittedClosed', 'approvedClosed', 'draftClosed', 'reopenedClosed']

let plan: { id: number; strategyId: number }
let partnerId: number
let callers: Record<Who, TestSession | 'opk' | 'steering'>
beforeAll(async () => {
  const [owner, partner, stranger] = [
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
  ]
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
  const period = await makePeriod({ strategyId: plan.strategyId, status: CLOSED.includes(kind) ? 'closed' : 'open' })
  const state = (
    {
      draft: 'draft',
      returned: 'returned',
      submitted: 'submitted',
      approved: 'approved',
      submittedClosed: 'submitted',
      approvedClosed: 'approved',
      draftClosed: 'draft',
      reopenedClosed: 'returned',
      archived: 'draft',
      ofArchivedAction: 'draft',
    } as const
  )[kind]
  const row = await makeFollowUp({ actionId: action.id, periodId: period.id, state })
  if (kind === 'reopenedClosed') await db().followUp.update({ where: { id: row.id }, data: { reopenedAt: new Date() } })
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
  reopen: yes.includes('reopen'),
})

/** What each caller may do with each kind of follow-up; 404: they do not see it (another organisation's draft). */
const owners: Record<Kind, FollowUpCan> = {
  draft: only('edit', 'submit', 'comment', 'archive'),
  returned: only('edit', 'submit', 'comment', 'archive'),
  submitted: only('comment', 'archive'),
  // closed is closed: an approved follow-up counts in the figures, and nothing in a closed period changes…
  approved: only('comment'),
  submittedClosed: only('comment'),
  approvedClosed: only('comment'),
  draftClosed: only('comment'),
  // …until OPK staff reopen it
  reopenedClosed: only('edit', 'submit', 'comment'),
  archived: only('archive'),
  ofArchivedAction: only('comment', 'archive'),
}
const expected: Record<Who, Record<Kind, FollowUpCan | 404>> = {
  own: owners,
  partner: owners,
  other: {
    draft: 404,
    returned: only(),
    submitted: only(),
    approved: only(),
    submittedClosed: only(),
    approvedClosed: only(),
    draftClosed: 404,
    reopenedClosed: only(),
    archived: 404,
    ofArchivedAction: 404,
  },
  opk: {
    draft: only('comment'),
    returned: only('comment'),
    submitted: only('approve', 'return', 'comment'),
    approved: only('comment', 'reopen'),
    // the review may lag: approving stays possible after the period has closed, returning does not
    submittedClosed: only('approve', 'comment'),
    approvedClosed: only('comment', 'reopen'),
    draftClosed: only('comment'),
    reopenedClosed: only('comment'),
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
      return: (who, id, version) =>
        api(callers[who]).post(`/api/v1/follow-ups/${id}/return`).send({ version, comment: 'Beskriv resultaten.' }),
      comment: (who, id) => api(callers[who]).post(`/api/v1/follow-ups/${id}/comments`).send({ body: 'Tack, vi återkommer.' }),
      reopen: (who, id, version) =>
        api(callers[who]).post(`/api/v1/follow-ups/${id}/reopen`).send({ version, reason: 'Fel siffror i resultatet.' }),
      archive: async (who, id) =>
        api(callers[who]).post(
          `/api/v1/follow-ups/${id}/${(await db().followUp.findUniqueOrThrow({ where: { id } })).archivedAt ? 'restore' : 'archive'}`,
        ),
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
    expect({ status: res.status, detail: res.body.detail }).toEqual({
      status: 422,
      detail: 'Aktiviteten är arkiverad: återställ den innan du ändrar dess uppföljningar.',
    })
    expect(await db().followUp.findUniqueOrThrow({ where: { id: row.id }, select: { progress: true, version: true } })).toEqual({
      progress: row.progress,
      version: row.version,
    })
  })
})

describe('closed is closed', () => {
  const stateOf = (id: number) =>
    db().followUp.findUniqueOrThrow({
      where: { id },
      select: { state: true, version: true, archivedAt: true, progress: true, reopenedAt: true },
    })
  const lastAudit = async () => (await db().auditEvent.aggregate({ _max: { id: true } }))._max.id

  /** A refused write: the exact 422 and nothing written (the row as it was, no audit event). */
  async function refused(send: () => Promise<request.Response>, id: number, detail: string, path: string) {
    const before = { row: await stateOf(id), audit: await lastAudit() }
    const res = await send()
    expectProblem(res, 422, 'rule-violated', [path])
    expect(res.body.detail).toBe(detail)
    expect({ row: await stateOf(id), audit: await lastAudit() }).toEqual(before)
  }

  it('422: the owners cannot archive an approved follow-up, and nothing changes', async () => {
    const row = await followUp('approved')
    await refused(
      () => api(callers.own).post(`/api/v1/follow-ups/${row.id}/archive`),
      row.id,
      'En godkänd uppföljning kan inte arkiveras: den räknas i måluppfyllelsen. Be OPK öppna den igen om den är fel.',
      'state',
    )
  })

  it('422: nothing in a closed period is archived, restored or changed by the owners, and nothing changes', async () => {
    const draft = await followUp('draftClosed')
    const closed = await db().reportingPeriod.findUniqueOrThrow({ where: { id: draft.periodId } })
    const archiveDetail = `Perioden ${closed.name} är stängd: uppföljningen kan inte arkiveras eller återställas. Be OPK öppna den igen om den är fel.`
    await refused(() => api(callers.own).post(`/api/v1/follow-ups/${draft.id}/archive`), draft.id, archiveDetail, 'periodId')
    await refused(
      () => api(callers.partner).patch(`/api/v1/follow-ups/${draft.id}`).send({ version: draft.version, progress: 99 }),
      draft.id,
      `Perioden ${closed.name} är inte öppen: uppföljningen kan inte ändras.`,
      'periodId',
    )
    // one archived before the period closed stays archived
    await db().followUp.update({ where: { id: draft.id }, data: { archivedAt: new Date() } })
    await refused(() => api(callers.own).post(`/api/v1/follow-ups/${draft.id}/restore`), draft.id, archiveDetail, 'periodId')
    const approved = await followUp('approvedClosed')
    const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: approved.periodId } })
    await refused(
      () => api(callers.own).post(`/api/v1/follow-ups/${approved.id}/archive`),
      approved.id,
      `Perioden ${period.name} är stängd: uppföljningen kan inte arkiveras eller återställas. Be OPK öppna den igen om den är fel.`,
      'periodId',
    )
  })

  it('OPK staff reopen an approved follow-up of a closed period with a reason: the audit trail and the conversation keep it, the owners correct and resubmit it, and a new approval closes it again', async () => {
    const row = await followUp('approvedClosed')
    const opk = standardSession('opk')
    const res = await api('opk')
      .post(`/api/v1/follow-ups/${row.id}/reopen`)
      .send({ version: row.version, reason: 'Resultatet räknade med fel år.' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ state: 'returned', version: row.version + 1, reviewComment: 'Resultatet räknade med fel år.' })
    expect(res.body.can).toMatchObject({ reopen: false, approve: false })
    // the audit trail: the change of state with the reason, by the OPK user; and the reason in the conversation
    const audit = await db().auditEvent.findMany({ where: { entity: 'FollowUp', entityId: row.id, action: 'UPDATE' } })
    expect(
      audit.map((e) => ({
        userId: e.userId,
        before: (e.before as { state: string }).state,
        after: e.after as { state: string; reviewComment: string },
      })),
    ).toEqual([
      {
        userId: opk.userId,
        before: 'approved',
        after: expect.objectContaining({ state: 'returned', reviewComment: 'Resultatet räknade med fel år.' }),
      },
    ])
    const thread = await api(callers.own).get(`/api/v1/follow-ups/${row.id}/comments`)
    expect(thread.body.map((c: { body: string }) => c.body)).toEqual(['Resultatet räknade med fel år.'])
    // the owners may correct it although the period is closed
    const edited = await api(callers.partner).patch(`/api/v1/follow-ups/${row.id}`).send({ version: res.body.version, progress: 80 })
    expect(edited.status).toBe(200)
    const submitted = await api(callers.own).post(`/api/v1/follow-ups/${row.id}/submit`).send({ version: edited.body.version })
    expect(submitted.status).toBe(200)
    const approved = await api('opk').post(`/api/v1/follow-ups/${row.id}/approve`).send({ version: submitted.body.version })
    expect(approved.body).toMatchObject({ state: 'approved', progress: 80 })
    expect((await stateOf(row.id)).reopenedAt).toBeNull()
    // approved again: closed again
    expect(approved.body.can).toMatchObject({ edit: false, archive: false, reopen: true })
    expect((await api(callers.own).post(`/api/v1/follow-ups/${row.id}/archive`)).status).toBe(422)
  })

  it('reopen: 400 without a reason, 422 for a follow-up that is not approved (nothing changes), 403 for coordinators', async () => {
    const approved = await followUp('approved')
    expectProblem(
      await api('opk').post(`/api/v1/follow-ups/${approved.id}/reopen`).send({ version: approved.version }),
      400,
      'validation-failed',
      ['reason'],
    )
    expectProblem(
      await api('opk').post(`/api/v1/follow-ups/${approved.id}/reopen`).send({ version: approved.version, reason: '   ' }),
      400,
      'validation-failed',
      ['reason'],
    )
    const submitted = await followUp('submitted')
    const before = { row: await stateOf(submitted.id), audit: await lastAudit() }
    const res = await api('opk').post(`/api/v1/follow-ups/${submitted.id}/reopen`).send({ version: submitted.version, reason: 'Öppna.' })
    expectProblem(res, 422, 'rule-violated')
    expect(res.body.detail).toBe('En uppföljning som är inskickad kan inte öppnas igen (bara en godkänd uppföljning kan det).')
    expect({ row: await stateOf(submitted.id), audit: await lastAudit() }).toEqual(before)
    expectProblem(
      await api(callers.own).post(`/api/v1/follow-ups/${approved.id}/reopen`).send({ version: approved.version, reason: 'Öppna.' }),
      403,
      'forbidden',
    )
    expect(await stateOf(approved.id)).toMatchObject({ state: 'approved', version: approved.version })
  })
})
