import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makeAction, makeFollowUp, makeOrganisation, makePeriod, makePlan } from '../../test/factories'
import { makeUser, standardSession } from '../../test/users'

const URL = '/api/v1/follow-ups'
const commentsUrl = (id: number) => `${URL}/${id}/comments`
const coordinator = () => api('coordinator')
const commentsOf = (followUpId: number) => db().followUpComment.findMany({ where: { followUpId }, orderBy: { id: 'asc' } })

/**
 * A joint action of an organisation the standard coordinator does not work for, with a co-owner, a coordinator of
 * each and an open period: the standard coordinator is "another organisation" here.
 */
async function foreignSetting() {
  const [owner, partner] = [await makeOrganisation({ foreign: true }), await makeOrganisation({ foreign: true, kind: 'authority' })]
  const plan = await makePlan({ organisationId: owner.id })
  const action = await makeAction({ planId: plan.id })
  await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: partner.id } })
  const period = await makePeriod({ strategyId: plan.strategyId, status: 'open' })
  return {
    action,
    period,
    ownerCoordinator: await makeUser('coordinator', [owner.id]),
    partnerCoordinator: await makeUser('coordinator', [partner.id]),
  }
}

describe('GET /api/v1/follow-ups/:id/comments', () => {
  it('200: the conversation oldest first, each with its author; return comments and answers alike', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    await api().post(`${URL}/${followUp.id}/return`).send({ version: 1, comment: 'Beskriv hindren närmare.' }).expect(200)
    await coordinator().post(commentsUrl(followUp.id)).send({ body: 'Vi saknade personal under våren.' }).expect(201)
    await api().post(commentsUrl(followUp.id)).send({ body: 'Tack, skicka in igen.' }).expect(201)
    // written later but dated earlier: the thread is ordered by when a comment was made, not by id
    const earliest = await db().followUpComment.create({
      data: {
        followUpId: followUp.id,
        authorId: standardSession('opk').userId,
        body: 'Första frågan.',
        createdAt: new Date('2025-06-01T08:00:00Z'),
      },
    })
    const opk = { id: standardSession('opk').userId, name: 'Test opk', role: 'opk_staff' }
    const organisation = { id: standardSession('coordinator').userId, name: 'Test coordinator', role: 'coordinator' }

    const res = await api('steering').get(commentsUrl(followUp.id))
    expect(res.status).toBe(200)
    expect(res.body).toEqual([
      { id: earliest.id, body: 'Första frågan.', createdAt: '2025-06-01T08:00:00.000Z', author: opk },
      { id: expect.any(Number), body: 'Beskriv hindren närmare.', createdAt: expect.any(String), author: opk },
      { id: expect.any(Number), body: 'Vi saknade personal under våren.', createdAt: expect.any(String), author: organisation },
      { id: expect.any(Number), body: 'Tack, skicka in igen.', createdAt: expect.any(String), author: opk },
    ])
    const stored = await commentsOf(followUp.id)
    expect(res.body.slice(1).map((c: { id: number }) => c.id)).toEqual(stored.filter((c) => c.id !== earliest.id).map((c) => c.id))
  })

  it('200: an empty thread for a follow-up nobody has commented on', async () => {
    const followUp = await makeFollowUp()
    expect((await coordinator().get(commentsUrl(followUp.id)).expect(200)).body).toEqual([])
  })

  it('runs the same number of queries for 1 and for 20 comments (no N+1)', async () => {
    const [one, twenty] = [await makeFollowUp(), await makeFollowUp()]
    const authors = [standardSession('opk').userId, standardSession('coordinator').userId]
    await db().followUpComment.create({ data: { followUpId: one.id, authorId: authors[0], body: 'Ensam kommentar.' } })
    await db().followUpComment.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({ followUpId: twenty.id, authorId: authors[i % 2], body: `Kommentar ${i}` })),
    })
    const count = async (id: number, length: number) => {
      const before = queryCount()
      expect((await api().get(commentsUrl(id)).expect(200)).body).toHaveLength(length)
      return queryCount() - before
    }
    expect(await count(one.id, 1)).toBe(await count(twenty.id, 20))
  })

  it("404: another organisation's draft, for a coordinator; 200 for its owners, co-owners, OPK staff and steering group; 401 anonymous", async () => {
    const { action, period, ownerCoordinator, partnerCoordinator } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    await db().followUpComment.create({ data: { followUpId: draft.id, authorId: ownerCoordinator.userId, body: 'Utkast till svar.' } })
    expectProblem(await coordinator().get(commentsUrl(draft.id)), 404, 'not-found')
    for (const who of [ownerCoordinator, partnerCoordinator, 'opk', 'steering'] as const) {
      expect((await api(who).get(commentsUrl(draft.id)).expect(200)).body).toEqual([expect.objectContaining({ body: 'Utkast till svar.' })])
    }
    expectProblem(await api('anonymous').get(commentsUrl(draft.id)), 401, 'unauthenticated')
  })

  it("200: another organisation's follow-up once it is no longer a draft", async () => {
    const { action, period } = await foreignSetting()
    const submitted = await makeFollowUp({ actionId: action.id, periodId: period.id, state: 'submitted' })
    expect((await coordinator().get(commentsUrl(submitted.id))).status).toBe(200)
  })

  it('400: an id that is not a number; 404: an unknown follow-up', async () => {
    expectProblem(await api().get(`${URL}/x/comments`), 400, 'validation-failed', ['id'])
    expectProblem(await api().get(commentsUrl(999999)), 404, 'not-found')
  })
})

describe('POST /api/v1/follow-ups/:id/comments', () => {
  it('201: a coordinator of the owner comments; the row, its author and the audit trail name them', async () => {
    const followUp = await makeFollowUp({ state: 'returned' })
    const res = await coordinator().post(commentsUrl(followUp.id)).send({ body: '  Vi har kompletterat med resultat.\nSe bilagan.  ' })
    expect(res.status).toBe(201)
    const me = standardSession('coordinator').userId
    expect(res.body).toEqual({
      id: expect.any(Number),
      body: 'Vi har kompletterat med resultat.\nSe bilagan.',
      createdAt: expect.any(String),
      author: { id: me, name: 'Test coordinator', role: 'coordinator' },
    })
    expect(await commentsOf(followUp.id)).toEqual([
      expect.objectContaining({ id: res.body.id, authorId: me, body: 'Vi har kompletterat med resultat.\nSe bilagan.' }),
    ])
    expect(
      await db().auditEvent.findFirst({
        where: { entity: 'FollowUpComment', action: 'INSERT', after: { path: ['id'], equals: res.body.id } },
      }),
    ).toMatchObject({ userId: me, entityId: followUp.id })
    // a comment is not a change of the follow-up itself
    expect(await db().followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toEqual(followUp)
  })

  it("201: OPK staff comment on any follow-up, a draft too; a coordinator of a co-owner comments on the joint action's", async () => {
    const { action, period, partnerCoordinator } = await foreignSetting()
    const draft = await makeFollowUp({ actionId: action.id, periodId: period.id })
    expect((await api().post(commentsUrl(draft.id)).send({ body: 'Glöm inte hindren.' }).expect(201)).body.author).toMatchObject({
      role: 'opk_staff',
    })
    expect(
      (await api(partnerCoordinator).post(commentsUrl(draft.id)).send({ body: 'Polisen lägger till sin del.' }).expect(201)).body.author,
    ).toMatchObject({ id: partnerCoordinator.userId })
    expect((await commentsOf(draft.id)).map((c) => c.authorId)).toEqual([standardSession('opk').userId, partnerCoordinator.userId])
  })

  it('201: a comment on an approved follow-up, or one whose period has closed', async () => {
    const approved = await makeFollowUp({ state: 'approved' })
    await db().reportingPeriod.update({ where: { id: approved.periodId }, data: { status: 'closed' } })
    expect((await coordinator().post(commentsUrl(approved.id)).send({ body: 'Tack för granskningen.' })).status).toBe(201)
  })

  it('401 anonymous; 403 the steering group and a coordinator of another organisation; 404 to that coordinator for a draft; nothing written', async () => {
    const { action, period } = await foreignSetting()
    const submitted = await makeFollowUp({ actionId: action.id, periodId: period.id, state: 'submitted' })
    const draft = await makeFollowUp({ actionId: action.id, periodId: (await makePeriod({ strategyId: period.strategyId })).id })
    const send = (who: 'anonymous' | 'steering' | 'coordinator', id: number) =>
      api(who).post(commentsUrl(id)).send({ body: 'Får jag kommentera?' })
    expectProblem(await send('anonymous', submitted.id), 401, 'unauthenticated')
    expectProblem(await send('steering', submitted.id), 403, 'forbidden')
    expectProblem(await send('steering', draft.id), 403, 'forbidden')
    const other = await send('coordinator', submitted.id)
    expectProblem(other, 403, 'forbidden')
    expect(other.body.detail).toBe('Du kan bara kommentera uppföljningar för din egen organisation.')
    expectProblem(await send('coordinator', draft.id), 404, 'not-found')
    expect(await db().followUpComment.count({ where: { followUpId: { in: [submitted.id, draft.id] } } })).toBe(0)
  })

  it('400: an empty, blank or too long body, a missing body and extra fields; 5000 characters are fine; nothing written', async () => {
    const followUp = await makeFollowUp()
    for (const body of [{ body: '' }, { body: '   \n ' }, { body: 'x'.repeat(5001) }, { body: 42 }, {}]) {
      expectProblem(await coordinator().post(commentsUrl(followUp.id)).send(body), 400, 'validation-failed', ['body'])
    }
    expectProblem(
      await coordinator().post(commentsUrl(followUp.id)).send({ body: 'Hej', authorId: 1, followUpId: 2 }),
      400,
      'validation-failed',
      ['authorId', 'followUpId'],
    )
    expect(await db().followUpComment.count({ where: { followUpId: followUp.id } })).toBe(0)
    expect(
      (
        await coordinator()
          .post(commentsUrl(followUp.id))
          .send({ body: 'x'.repeat(5000) })
      ).status,
    ).toBe(201)
  })

  it('422 personal-data: a personnummer in the comment is refused and not stored', async () => {
    const followUp = await makeFollowUp({ state: 'submitted' })
    const res = await api().post(commentsUrl(followUp.id)).send({ body: 'Gäller 640823-3234, se akten.' })
    expectProblem(res, 422, 'personal-data', ['body'])
    expect(res.text).not.toContain('640823')
    expect(await db().followUpComment.count({ where: { followUpId: followUp.id } })).toBe(0)
  })

  it('422: an archived follow-up takes no comments; 404: an unknown one', async () => {
    const followUp = await makeFollowUp()
    await db().followUp.update({ where: { id: followUp.id }, data: { archivedAt: new Date() } })
    const res = await coordinator().post(commentsUrl(followUp.id)).send({ body: 'Hallå?' })
    expectProblem(res, 422, 'rule-violated')
    expect(res.body.detail).toContain('arkiverad')
    expect(await db().followUpComment.count({ where: { followUpId: followUp.id } })).toBe(0)
    expectProblem(await api().post(commentsUrl(999999)).send({ body: 'Hallå?' }), 404, 'not-found')
  })
})
