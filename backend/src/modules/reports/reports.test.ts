// Report routes end to end against a real PostgreSQL: the figures frozen at creation (makeReportWorld's hand-worked
// numbers), drafts written by OPK staff, approval by the steering group, publication, and that an approved report
// never changes — neither through the API (422) nor in the database itself (the trigger, tried with raw SQL).
import { db, queryCount } from '../../db/prisma'
import { api, expectProblem } from '../../test/api'
import { makePeriod, makeReportWorld, unique } from '../../test/factories'
import { makeUser, standardSession } from '../../test/users'
import { APPROVED } from './reports.service'

const base = '/api/v1/reports'
const close = (value: number) => expect.closeTo(value, 10)

type World = Awaited<ReturnType<typeof makeReportWorld>>
let w: World
beforeAll(async () => {
  w = await makeReportWorld()
})

/** A period of the world's strategy without any report yet. */
const freshPeriod = () => makePeriod({ strategyId: w.strategy.id })

async function createDraft(periodId: number, title = 'Lägesrapport 2025') {
  const res = await api().post(base).send({ periodId, title })
  expect(res.status).toBe(201)
  return res.body
}

async function createApproved(periodId: number, title = 'Lägesrapport 2025') {
  const draft = await createDraft(periodId, title)
  const edited = await api().patch(`${base}/${draft.id}`).send({ version: draft.version, summary: 'Arbetet går framåt i hela länet.' })
  expect(edited.status).toBe(200)
  const res = await api('steering').post(`${base}/${draft.id}/approve`).send({ version: edited.body.version })
  expect(res.status).toBe(200)
  return res.body
}

const stamp = (id: number) =>
  db().report.findUniqueOrThrow({
    where: { id },
    select: { version: true, updatedAt: true, summary: true, analyses: true, status: true, archivedAt: true },
  })
/** The stored snapshot exactly as PostgreSQL holds it, and a hash of it. */
const snapshotBytes = async (id: number) =>
  (await db().$queryRaw<{ text: string }[]>`SELECT snapshot::text AS text FROM "Report" WHERE id = ${id}`)[0].text

describe('POST /api/v1/reports', () => {
  it('401 anonymous; 403 a coordinator and the steering group; nothing written', async () => {
    const period = await freshPeriod()
    const body = { periodId: period.id, title: 'Lägesrapport' }
    expectProblem(await api('anonymous').post(base).send(body), 401, 'unauthenticated')
    expectProblem(await api('coordinator').post(base).send(body), 403, 'forbidden')
    expectProblem(await api('steering').post(base).send(body), 403, 'forbidden')
    expect(await db().report.count({ where: { periodId: period.id } })).toBe(0)
  })

  it('201: a draft with the figures computed now, stored with period, strategy, time and author', async () => {
    const before = Date.now()
    const res = await api().post(base).send({ periodId: w.P2025.id, title: 'Lägesrapport 2025 för Håbo och Nynäshamn' })
    expect(res.status).toBe(201)
    const report = res.body
    expect(report).toMatchObject({
      title: 'Lägesrapport 2025 för Håbo och Nynäshamn',
      status: 'draft',
      version: 1,
      archivedAt: null,
      period: { id: w.P2025.id, name: w.P2025.name, startsOn: '2025-01-01', endsOn: '2025-12-31' },
      strategy: { id: w.strategy.id, name: w.strategy.name },
      author: { id: standardSession('opk').userId, name: 'Test opk' },
      approvedAt: null,
      approvedBy: null,
      summary: '',
      analyses: {},
      changes: null,
    })
    expect(Date.parse(report.computedAt)).toBeGreaterThanOrEqual(before - 1000)

    const { goals, coverage, attention, organisations, indicators } = report.snapshot
    expect(report.snapshot.format).toBe(1)
    expect(goals.period.id).toBe(w.P2025.id)
    const [g1, g2] = goals.goals
    expect(g1).toMatchObject({
      goalId: w.G1.id,
      code: '1',
      progress: { progress: close(0.6), previous: close(0.2), change: close(0.4) },
      coverage: { expected: 2, covered: 1, coverage: 0.5 },
    })
    expect(g2).toMatchObject({
      goalId: w.G2.id,
      code: '2',
      progress: { progress: close(0.375), previous: null, change: null },
      coverage: { expected: 2, covered: 2, coverage: 1 },
    })
    expect(goals.county).toMatchObject({
      progress: { progress: close(0.4875), previous: close(0.2) },
      coverage: { expected: 4, covered: 3, coverage: 0.75 },
    })
    const cell = (measureId: number, organisationId: number) =>
      coverage.goals
        .flatMap((g: any) => g.measures)
        .find((m: any) => m.measureId === measureId)
        .cells.find((c: any) => c.organisationId === organisationId).state
    expect([cell(w.M1.id, w.A.id), cell(w.M1.id, w.B.id), cell(w.M2.id, w.A.id), cell(w.M2.id, w.B.id)]).toEqual([
      'covered',
      'gap',
      'covered',
      'covered',
    ])
    expect(attention.actionsWithoutFollowUp.map((a: any) => a.id)).toEqual([w.a5.id])
    expect(organisations.find((o: any) => o.id === w.A.id)).toMatchObject({
      name: w.A.name,
      progress: { progress: close(0.425) },
      coverage: { expected: 2, covered: 2 },
    })
    expect(organisations.find((o: any) => o.id === w.B.id)).toMatchObject({
      progress: { progress: close(0.5) },
      coverage: { expected: 2, covered: 1 },
    })
    expect(indicators).toEqual([
      expect.objectContaining({
        indicatorId: w.indicator.id,
        organisationId: null,
        value: 80,
        ratio: close(2 / 3),
        trend: expect.objectContaining({ change: 10, verdict: 'better' }),
      }),
    ])

    const row = await db().report.findUniqueOrThrow({ where: { id: report.id } })
    expect(row).toMatchObject({
      periodId: w.P2025.id,
      strategyId: w.strategy.id,
      status: 'draft',
      authorId: standardSession('opk').userId,
      approvedAt: null,
      approvedById: null,
    })
    expect(row.computedAt.toISOString()).toBe(report.computedAt)
    expect(
      await db().auditEvent.findMany({ where: { entity: 'Report', entityId: report.id }, select: { userId: true, action: true } }),
    ).toEqual([{ userId: standardSession('opk').userId, action: 'INSERT' }])
    await db().report.update({ where: { id: report.id }, data: { archivedAt: new Date() } }) // leave the period free for the other tests
  })

  it('201: the figures are those of the progress API, a draft follow-up left unnamed', async () => {
    const period = await freshPeriod()
    const report = await createDraft(period.id)
    const live = await api().get('/api/v1/progress/goals').query({ periodId: period.id })
    const { referenceDate: _, ...figures } = live.body
    expect(report.snapshot.goals).toMatchObject(figures)
    const coverage = await api().get('/api/v1/progress/coverage').query({ periodId: period.id })
    expect(report.snapshot.coverage.goals).toEqual(coverage.body.goals)

    // the world's 2025 period: OPK staff see B's draft named in the live flags, the stored report does not
    const draft2025 = (await api().get('/api/v1/progress/attention').query({ periodId: w.P2025.id })).body.actionsWithoutFollowUp.find(
      (a: any) => a.id === w.a5.id,
    )
    expect(draft2025.uncountedFollowUp).toMatchObject({ id: w.draft.id, state: 'draft' })
    const stored = await createDraft(w.P2025.id)
    expect(stored.snapshot.attention.actionsWithoutFollowUp.find((a: any) => a.id === w.a5.id).uncountedFollowUp).toBeNull()
    await db().report.update({ where: { id: stored.id }, data: { archivedAt: new Date() } })
  })

  it('400: names every bad field, nothing written', async () => {
    const before = await db().report.count()
    const res = await api().post(base).send({ periodId: 'tjugo', title: '', status: 'approved' })
    expectProblem(res, 400, 'validation-failed', ['periodId', 'title', 'status'])
    expect(await db().report.count()).toBe(before)
  })

  it('422: a period that does not exist, or is archived', async () => {
    expectProblem(await api().post(base).send({ periodId: 2_000_000_000, title: 'Rapport' }), 422, 'rule-violated', ['periodId'])
    const archived = await freshPeriod()
    await db().reportingPeriod.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    const res = await api().post(base).send({ periodId: archived.id, title: 'Rapport' })
    expectProblem(res, 422, 'rule-violated', ['periodId'])
    expect(await db().report.count({ where: { periodId: archived.id } })).toBe(0)
  })

  it('409: a second report of the period; once the first is archived a new one can be written', async () => {
    const period = await freshPeriod()
    const first = await createDraft(period.id)
    const res = await api().post(base).send({ periodId: period.id, title: 'En till' })
    expectProblem(res, 409, 'duplicate', ['periodId'])
    expect(await db().report.count({ where: { periodId: period.id } })).toBe(1)
    await api().post(`${base}/${first.id}/archive`).expect(200)
    await createDraft(period.id, 'Ny rapport')
    expect(await db().report.count({ where: { periodId: period.id } })).toBe(2)
  })

  it('409: two reports of a period at the same time — the unique index lets one through', async () => {
    const period = await freshPeriod()
    const answers = await Promise.all(
      [1, 2, 3].map((n) =>
        api()
          .post(base)
          .send({ periodId: period.id, title: `Samtidig ${n}` }),
      ),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409])
    expect(await db().report.count({ where: { periodId: period.id } })).toBe(1)
  })
})

describe('GET /api/v1/reports', () => {
  it('200: signed-in users see drafts and approved reports; anonymous callers only the published', async () => {
    const [p1, p2] = [await freshPeriod(), await freshPeriod()]
    const draft = await createDraft(p1.id)
    const approved = await createApproved(p2.id)
    const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((r) => r.id)
    for (const who of ['opk', 'coordinator', 'steering'] as const) {
      const res = await api(who).get(base).query({ strategyId: w.strategy.id, pageSize: 200 })
      expect(res.status).toBe(200)
      expect(ids(res)).toEqual(expect.arrayContaining([draft.id, approved.id]))
    }
    const anonymous = await api('anonymous').get(base).query({ strategyId: w.strategy.id, pageSize: 200 })
    expect(anonymous.status).toBe(200)
    expect(ids(anonymous)).toContain(approved.id)
    expect(ids(anonymous)).not.toContain(draft.id)
    expect(anonymous.body.items.every((r: { status: string }) => r.status === 'approved')).toBe(true)
    const item = anonymous.body.items.find((r: { id: number }) => r.id === approved.id)
    expect(item).toEqual({
      id: approved.id,
      version: approved.version,
      createdAt: approved.createdAt,
      updatedAt: approved.updatedAt,
      archivedAt: null,
      title: approved.title,
      status: 'approved',
      period: approved.period,
      strategy: approved.strategy,
      computedAt: approved.computedAt,
      author: approved.author,
      approvedAt: approved.approvedAt,
      approvedBy: { id: standardSession('steering').userId, name: 'Test steering' },
      // an anonymous reader may do nothing with it
      can: { edit: false, refresh: false, approve: false, archive: false },
    })
  })

  it('200: filters by period and status, pages, and leaves archived drafts out unless asked', async () => {
    const period = await freshPeriod()
    const archived = await createDraft(period.id)
    await api().post(`${base}/${archived.id}/archive`).expect(200)
    const live = await createDraft(period.id)
    const res = await api().get(base).query({ periodId: period.id })
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 1, items: [{ id: live.id }] })
    const all = await api().get(base).query({ periodId: period.id, includeArchived: 'true', pageSize: 1, page: 2 })
    expect(all.body).toMatchObject({ total: 2, items: [{ id: archived.id }] })
    expect((await api().get(base).query({ periodId: period.id, status: 'approved' })).body.total).toBe(0)
  })

  it('runs the same number of queries for 1 and for 20 reports (no N+1)', async () => {
    const author = standardSession('opk').userId
    for (let i = 0; i < 20; i++) {
      const period = await freshPeriod()
      await db().report.create({
        data: {
          periodId: period.id,
          strategyId: w.strategy.id,
          title: `Rapport ${i}`,
          snapshot: {},
          computedAt: new Date(),
          authorId: author,
        },
      })
    }
    const count = async (pageSize: number) => {
      const before = queryCount()
      await api().get(base).query({ strategyId: w.strategy.id, pageSize }).expect(200)
      return queryCount() - before
    }
    expect(await count(1)).toBe(await count(20))
  })

  it('400: names every bad filter', async () => {
    expectProblem(await api().get(base).query({ status: 'published', pageSize: 0, colour: 'blå' }), 400, 'validation-failed', [
      'status',
      'pageSize',
      'colour',
    ])
  })
})

describe('GET /api/v1/reports/:id', () => {
  it('200: a draft for every signed-in role; 404 for anonymous callers', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    for (const who of ['opk', 'coordinator', 'steering'] as const) {
      const res = await api(who).get(`${base}/${draft.id}`)
      expect({ who, status: res.status }).toEqual({ who, status: 200 })
      expect(res.body.snapshot).toEqual(draft.snapshot)
    }
    expectProblem(await api('anonymous').get(`${base}/${draft.id}`), 404, 'not-found')
  })

  it('200: a published report, also without signing in', async () => {
    const approved = await createApproved((await freshPeriod()).id)
    const res = await api('anonymous').get(`${base}/${approved.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual(approved)
  })

  it('404: an unknown id; 400: an id that is not one', async () => {
    expectProblem(await api().get(`${base}/2000000000`), 404, 'not-found')
    expectProblem(await api().get(`${base}/rapport`), 400, 'validation-failed', ['id'])
  })

  it('changes: per goal and county deltas, new and closed gaps, against the previous approved report', async () => {
    const x = await makeReportWorld()
    const previous = await createApproved(x.P2024.id, 'Lägesrapport 2024')
    // 2024 as frozen: G1 0.2, coverage G1 1/2 (gap M1 × B), G2 null, coverage 2/2
    expect(previous.changes).toBeNull()
    // since then: B acts on M1 (closes that gap), A's action on M2 is cancelled (opens M2 × A)
    await db().planAction.create({
      data: { planId: x.planB.id, title: 'Utbildning i frågor om våld', measures: { create: [{ measureId: x.M1.id }] } },
    })
    await db().planAction.update({ where: { id: x.a3.id }, data: { status: 'cancelled' } })
    const report = await createDraft(x.P2025.id)
    const { changes } = report
    expect(changes.previousReport).toEqual({
      id: previous.id,
      title: 'Lägesrapport 2024',
      period: previous.snapshot.goals.period,
      approvedAt: previous.approvedAt,
    })
    expect(changes.goals).toEqual([
      {
        goalId: x.G1.id,
        code: '1',
        title: 'Förebygga våld',
        parentId: null,
        progress: { now: close(0.6), before: close(0.2), change: close(0.4) },
        coverage: { now: 1, before: 0.5, change: 0.5 },
      },
      // a3 still counts by its 2025 follow-up (a report outranks the plan), but a cancelled action covers nothing
      {
        goalId: x.G2.id,
        code: '2',
        title: 'Skydda och stödja',
        parentId: null,
        progress: { now: close(0.375), before: null, change: null },
        coverage: { now: 0.5, before: 1, change: -0.5 },
      },
    ])
    expect(changes.county).toEqual({
      progress: { now: close(0.4875), before: close(0.2), change: close(0.2875) },
      coverage: { now: 0.75, before: 0.75, change: 0 },
    })
    const gap = (m: { id: number; code: string; title: string; goalId: number }, o: { id: number; name: string }) => ({
      measureId: m.id,
      code: m.code,
      title: m.title,
      goalId: m.goalId,
      organisation: { id: o.id, name: o.name },
    })
    expect(changes.newGaps).toEqual([gap(x.M2, x.A)])
    expect(changes.closedGaps).toEqual([gap(x.M1, x.B)])
    // another report of 2025 compares with 2024's too: a draft is never "the previous report"
    const later = await createApproved((await makePeriod({ strategyId: x.strategy.id })).id)
    expect(later.changes.previousReport.id).toBe(previous.id)
  })
})

describe('PATCH /api/v1/reports/:id', () => {
  it('200: summary, title and analyses per goal (merged; an empty text removes one), stored', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    const first = await api()
      .patch(`${base}/${draft.id}`)
      .send({
        version: 1,
        summary: 'Länet når längre än i fjol.',
        analyses: { [w.G1.id]: 'Fler kommuner frågar om våld.', [w.G2.id]: 'Stödet till barn är ojämnt.' },
      })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      version: 2,
      summary: 'Länet når längre än i fjol.',
      analyses: { [w.G1.id]: 'Fler kommuner frågar om våld.', [w.G2.id]: 'Stödet till barn är ojämnt.' },
    })
    const second = await api()
      .patch(`${base}/${draft.id}`)
      .send({ version: 2, title: 'Lägesrapport, reviderad', analyses: { [w.G2.id]: '' } })
    expect(second.body).toMatchObject({
      version: 3,
      title: 'Lägesrapport, reviderad',
      summary: 'Länet når längre än i fjol.',
      analyses: { [w.G1.id]: 'Fler kommuner frågar om våld.' },
    })
    expect(await db().report.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      version: 3,
      title: 'Lägesrapport, reviderad',
      analyses: { [w.G1.id]: 'Fler kommuner frågar om våld.' },
    })
    expect(second.body.snapshot).toEqual(draft.snapshot)
  })

  it('401 anonymous; 403 a coordinator and the steering group; nothing written', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    const body = { version: 1, summary: 'Obehörig ändring' }
    expectProblem(await api('anonymous').patch(`${base}/${draft.id}`).send(body), 401, 'unauthenticated')
    expectProblem(await api('coordinator').patch(`${base}/${draft.id}`).send(body), 403, 'forbidden')
    expectProblem(await api('steering').patch(`${base}/${draft.id}`).send(body), 403, 'forbidden')
    expect(await stamp(draft.id)).toMatchObject({ version: 1, summary: '' })
  })

  it('400: a missing version, a key that is not a goal id, text that is not text', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    const res = await api()
      .patch(`${base}/${draft.id}`)
      .send({ summary: 5, analyses: { mål: 'x', [w.G1.id]: 7 } })
    expectProblem(res, 400, 'validation-failed', ['version', 'summary', 'analyses.mål', `analyses.${w.G1.id}`])
  })

  it('404 unknown; 409 a stale version, nothing written', async () => {
    expectProblem(await api().patch(`${base}/2000000000`).send({ version: 1 }), 404, 'not-found')
    const draft = await createDraft((await freshPeriod()).id)
    await api().patch(`${base}/${draft.id}`).send({ version: 1, summary: 'Först' }).expect(200)
    const res = await api().patch(`${base}/${draft.id}`).send({ version: 1, summary: 'Sedan' })
    expectProblem(res, 409, 'version-conflict')
    expect(res.body.currentVersion).toBe(2)
    expect(await stamp(draft.id)).toMatchObject({ version: 2, summary: 'Först' })
  })

  it('422: an analysis of a goal that is not in the report; a personnummer in a text; nothing written', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    expectProblem(
      await api()
        .patch(`${base}/${draft.id}`)
        .send({ version: 1, analyses: { 2000000000: 'Okänt mål' } }),
      422,
      'rule-violated',
      ['analyses.2000000000'],
    )
    const personal = await api()
      .patch(`${base}/${draft.id}`)
      .send({ version: 1, summary: 'Bra', analyses: { [w.G1.id]: 'Gäller 640823-3234.' } })
    expectProblem(personal, 422, 'personal-data', [`analyses.${w.G1.id}`])
    expect(await stamp(draft.id)).toMatchObject({ version: 1, summary: '', analyses: {} })
  })

  it('422: an archived draft, until restored', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    const archived = await api().post(`${base}/${draft.id}/archive`)
    expectProblem(
      await api().patch(`${base}/${draft.id}`).send({ version: archived.body.version, summary: 'Arkiverad' }),
      422,
      'rule-violated',
    )
    const restored = await api().post(`${base}/${draft.id}/restore`)
    await api().patch(`${base}/${draft.id}`).send({ version: restored.body.version, summary: 'Återställd' }).expect(200)
  })
})

describe('POST /api/v1/reports/:id/refresh', () => {
  it("200: recomputes the draft's figures now; the texts stay", async () => {
    const x = await makeReportWorld()
    const draft = await createDraft(x.P2025.id)
    const edited = await api()
      .patch(`${base}/${draft.id}`)
      .send({ version: 1, summary: 'Sammanfattning', analyses: { [x.G1.id]: 'Analys' } })
    await db().followUp.update({ where: { id: x.f1.id }, data: { progress: 80 } })
    const res = await api().post(`${base}/${draft.id}/refresh`).send({ version: edited.body.version })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ version: 3, summary: 'Sammanfattning', analyses: { [x.G1.id]: 'Analys' } })
    expect(res.body.snapshot.goals.goals[0].progress.progress).toBeCloseTo(0.8, 10)
    expect(Date.parse(res.body.computedAt)).toBeGreaterThan(Date.parse(draft.computedAt))
    expect(await snapshotBytes(draft.id)).toContain('"progress": 0.8')
  })

  it('401, 403 for the other roles; 404 unknown; 409 stale; nothing written', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    expectProblem(await api('anonymous').post(`${base}/${draft.id}/refresh`).send({ version: 1 }), 401, 'unauthenticated')
    expectProblem(await api('coordinator').post(`${base}/${draft.id}/refresh`).send({ version: 1 }), 403, 'forbidden')
    expectProblem(await api('steering').post(`${base}/${draft.id}/refresh`).send({ version: 1 }), 403, 'forbidden')
    expectProblem(await api().post(`${base}/2000000000/refresh`).send({ version: 1 }), 404, 'not-found')
    expectProblem(await api().post(`${base}/${draft.id}/refresh`).send({ version: 9 }), 409, 'version-conflict')
    expectProblem(await api().post(`${base}/${draft.id}/refresh`).send({}), 400, 'validation-failed', ['version'])
    expect(await stamp(draft.id)).toMatchObject({ version: 1 })
  })
})

describe('POST /api/v1/reports/:id/approve', () => {
  it('200: the steering group approves; the report is published (readable and listed without signing in)', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    const edited = await api().patch(`${base}/${draft.id}`).send({ version: 1, summary: 'Godkänd sammanfattning.' })
    const res = await api('steering').post(`${base}/${draft.id}/approve`).send({ version: edited.body.version })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      status: 'approved',
      version: 3,
      approvedBy: { id: standardSession('steering').userId, name: 'Test steering' },
      approvedAt: expect.any(String),
    })
    expect(await db().report.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: 'approved',
      approvedById: standardSession('steering').userId,
    })
    expect((await api('anonymous').get(`${base}/${draft.id}`)).status).toBe(200)
    const audit = await db().auditEvent.findMany({
      where: { entity: 'Report', entityId: draft.id, action: 'UPDATE' },
      orderBy: { id: 'asc' },
      select: { userId: true },
    })
    expect(audit.map((a) => a.userId)).toEqual([standardSession('opk').userId, standardSession('steering').userId])
  })

  it('401 anonymous; 403 OPK staff and coordinators; nothing written', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    expectProblem(await api('anonymous').post(`${base}/${draft.id}/approve`).send({ version: 1 }), 401, 'unauthenticated')
    expectProblem(await api().post(`${base}/${draft.id}/approve`).send({ version: 1 }), 403, 'forbidden')
    expectProblem(await api('coordinator').post(`${base}/${draft.id}/approve`).send({ version: 1 }), 403, 'forbidden')
    expect(await stamp(draft.id)).toMatchObject({ version: 1, status: 'draft' })
  })

  it('422: without a summary', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    expectProblem(await api('steering').post(`${base}/${draft.id}/approve`).send({ version: 1 }), 422, 'rule-violated', ['summary'])
    expect(await stamp(draft.id)).toMatchObject({ status: 'draft', version: 1 })
  })

  it('422: an analysis of a goal the refreshed figures no longer hold', async () => {
    const x = await makeReportWorld()
    const draft = await createDraft(x.P2025.id)
    await api()
      .patch(`${base}/${draft.id}`)
      .send({ version: 1, summary: 'Sammanfattning', analyses: { [x.G2.id]: 'Om mål 2' } })
      .expect(200)
    await db().goal.update({ where: { id: x.G2.id }, data: { archivedAt: new Date() } })
    const refreshed = await api().post(`${base}/${draft.id}/refresh`).send({ version: 2 })
    expect(refreshed.body.snapshot.goals.goals.map((g: { goalId: number }) => g.goalId)).toEqual([x.G1.id])
    expectProblem(await api('steering').post(`${base}/${draft.id}/approve`).send({ version: 3 }), 422, 'rule-violated', [
      `analyses.${x.G2.id}`,
    ])
    await api()
      .patch(`${base}/${draft.id}`)
      .send({ version: 3, analyses: { [x.G2.id]: '' } })
      .expect(200)
    await api('steering').post(`${base}/${draft.id}/approve`).send({ version: 4 }).expect(200)
  })

  it('404 unknown; 409 a stale version', async () => {
    expectProblem(await api('steering').post(`${base}/2000000000/approve`).send({ version: 1 }), 404, 'not-found')
    const draft = await createDraft((await freshPeriod()).id)
    await api().patch(`${base}/${draft.id}`).send({ version: 1, summary: 'Sammanfattning' }).expect(200)
    expectProblem(await api('steering').post(`${base}/${draft.id}/approve`).send({ version: 1 }), 409, 'version-conflict')
    expect(await stamp(draft.id)).toMatchObject({ status: 'draft', version: 2 })
  })
})

describe('POST /api/v1/reports/:id/archive and /restore', () => {
  it('200: archives and restores a draft', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    const archived = await api().post(`${base}/${draft.id}/archive`)
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ version: 2, archivedAt: expect.any(String) })
    const restored = await api().post(`${base}/${draft.id}/restore`)
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null })
    expect(await stamp(draft.id)).toMatchObject({ version: 3, archivedAt: null })
  })

  it('409: restoring a draft when its period has another report meanwhile', async () => {
    const period = await freshPeriod()
    const old = await createDraft(period.id)
    await api().post(`${base}/${old.id}/archive`).expect(200)
    await createDraft(period.id)
    expectProblem(await api().post(`${base}/${old.id}/restore`), 409, 'duplicate', ['periodId'])
    expect((await stamp(old.id)).archivedAt).not.toBeNull()
  })

  it('401, 403 for the other roles; 404 unknown', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    expectProblem(await api('anonymous').post(`${base}/${draft.id}/archive`), 401, 'unauthenticated')
    expectProblem(await api('coordinator').post(`${base}/${draft.id}/archive`), 403, 'forbidden')
    expectProblem(await api('steering').post(`${base}/${draft.id}/restore`), 403, 'forbidden')
    expectProblem(await api().post(`${base}/2000000000/archive`), 404, 'not-found')
    expect(await stamp(draft.id)).toMatchObject({ version: 1, archivedAt: null })
  })
})

describe('an approved report', () => {
  it('422 for every write, with or without a current version; nothing written', async () => {
    const approved = await createApproved((await freshPeriod()).id)
    const before = { row: await stamp(approved.id), snapshot: await snapshotBytes(approved.id) }
    const id = approved.id
    const writes = [
      api().patch(`${base}/${id}`).send({ version: approved.version, summary: 'Ändrad i efterhand' }),
      api()
        .patch(`${base}/${id}`)
        .send({ version: 1, analyses: { [w.G1.id]: 'Ny analys' } }),
      api().post(`${base}/${id}/refresh`).send({ version: approved.version }),
      api('steering').post(`${base}/${id}/approve`).send({ version: approved.version }),
      api().post(`${base}/${id}/archive`),
      api().post(`${base}/${id}/restore`),
    ]
    for (const res of await Promise.all(writes)) {
      expectProblem(res, 422, 'rule-violated')
      expect(res.body.detail).toBe(APPROVED)
    }
    expect({ row: await stamp(id), snapshot: await snapshotBytes(id) }).toEqual(before)
  })

  it('keeps its figures when plans and follow-ups change afterwards (the same snapshot bytes)', async () => {
    const x = await makeReportWorld()
    const approved = await createApproved(x.P2025.id)
    const bytes = await snapshotBytes(approved.id)
    // B's coordinator completes and submits its draft follow-up; OPK approves it; A's action on M2 is archived
    const coordinator = await makeUser('coordinator', [x.B.id])
    const edited = await api(coordinator)
      .patch(`/api/v1/follow-ups/${x.draft.id}`)
      .send({ version: x.draft.version, progress: 100, status: 'completed' })
    expect(edited.status).toBe(200)
    const submitted = await api(coordinator).post(`/api/v1/follow-ups/${x.draft.id}/submit`).send({ version: edited.body.version })
    expect(submitted.status).toBe(200)
    await api().post(`/api/v1/follow-ups/${x.draft.id}/approve`).send({ version: submitted.body.version }).expect(200)
    await db().planAction.update({ where: { id: x.a3.id }, data: { archivedAt: new Date() } })

    const live = await api().get('/api/v1/progress/goals').query({ periodId: x.P2025.id })
    expect(live.body.goals[1].progress.progress).toBeCloseTo(0.75, 10) // mean(0.5, 1): the live figures did change
    const res = await api('anonymous').get(`${base}/${approved.id}`)
    expect(res.status).toBe(200)
    expect(res.body.snapshot).toEqual(approved.snapshot)
    expect(res.body.snapshot.goals.goals[1].progress.progress).toBeCloseTo(0.375, 10)
    expect(await snapshotBytes(approved.id)).toBe(bytes)
  })

  it('is refused by the database itself: no UPDATE of any of its columns, no DELETE, no TRUNCATE', async () => {
    const approved = await createApproved((await freshPeriod()).id)
    const id = approved.id
    const bytes = await snapshotBytes(id)
    const refused = /Report \d+ is approved and cannot be changed/
    await expect(db().$executeRaw`UPDATE "Report" SET summary = 'Ändrad med SQL' WHERE id = ${id}`).rejects.toThrow(refused)
    await expect(db().$executeRaw`UPDATE "Report" SET snapshot = '{}'::jsonb WHERE id = ${id}`).rejects.toThrow(refused)
    await expect(db().$executeRaw`UPDATE "Report" SET analyses = '{"1": "x"}'::jsonb WHERE id = ${id}`).rejects.toThrow(refused)
    await expect(db().$executeRaw`UPDATE "Report" SET status = 'draft' WHERE id = ${id}`).rejects.toThrow(refused)
    await expect(db().$executeRaw`UPDATE "Report" SET "archivedAt" = now() WHERE id = ${id}`).rejects.toThrow(refused)
    await expect(db().$executeRaw`DELETE FROM "Report" WHERE id = ${id}`).rejects.toThrow(/Reports cannot be deleted \(DELETE refused\)/)
    await expect(db().$executeRaw`TRUNCATE "Report"`).rejects.toThrow(/Reports cannot be deleted \(TRUNCATE refused\)/)
    expect(await snapshotBytes(id)).toBe(bytes)
    expect(await stamp(id)).toMatchObject({ status: 'approved', summary: approved.summary, archivedAt: null })
  })

  it('a draft changes freely in the database but is never deleted either', async () => {
    const draft = await createDraft((await freshPeriod()).id)
    await db().$executeRaw`UPDATE "Report" SET summary = ${`Ändrad med SQL ${unique()}`} WHERE id = ${draft.id}`
    await expect(db().$executeRaw`DELETE FROM "Report" WHERE id = ${draft.id}`).rejects.toThrow(/Reports cannot be deleted/)
    expect(await db().report.count({ where: { id: draft.id } })).toBe(1)
  })
})
