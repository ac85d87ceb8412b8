// The authorization matrix: every route of the route table, called by every kind of caller, against one fixture
// world, must answer as test/access-matrix.ts says. A refusal is exactly the expected problem+json and changes
// nothing: neither the target row (version, updatedAt) nor anything audited anywhere (no new AuditEvent).
import type { Role } from '@uppfoljning/contract'
import { db } from '../db/prisma'
import { routes } from '../routes'
import { api, expectProblem } from '../test/api'
import {
  makeAction,
  makeFollowUp,
  makeGoal,
  makeIndicator,
  makeMeasure,
  makeOrganisation,
  makePeriod,
  makePlan,
  makeStrategy,
} from '../test/factories'
import { makeUser, signIn, type TestSession } from '../test/users'
import { approveReport, createReport, updateReport } from '../modules/reports/reports.service'
import { accessMatrix, type Caller, type Case, type Expected, type Target } from '../test/access-matrix'

const MATRIX = 'backend/src/test/access-matrix.ts'
const CALLERS: Caller[] = ['anonymous', 'own', 'coOwner', 'other', 'opk_staff', 'steering_group']
/** A version no row has: writes that get past access control stop at 409 instead of changing the fixture. */
const STALE = 999_999

const keyOf = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`

type Row =
  'strategy' | 'goal' | 'measure' | 'indicator' | 'indicatorValue' | 'period' | 'organisation' | 'user' | 'plan' | 'action' | Target
type World = Awaited<ReturnType<typeof buildWorld>>

/**
 * Two organisations, each with a plan and an action; the own organisation's action has a co-owner (a third
 * organisation), a submitted and a draft
 * follow-up; a strategy with goal, measure, indicator and value; open periods; a spare organisation and user
 * for the staff routes to change; an approved report of the first period and a draft report of the second.
 * Nothing here is bound to the standard test users.
 */
async function buildWorld() {
  const strategy = await makeStrategy()
  const goal = await makeGoal({ strategyId: strategy.id })
  const measure = await makeMeasure({ goalId: goal.id })
  const indicator = await makeIndicator({ goalId: goal.id })
  const [period, laterPeriod, freePeriod] = [
    await makePeriod({ strategyId: strategy.id }),
    await makePeriod({ strategyId: strategy.id }),
    await makePeriod({ strategyId: strategy.id }),
  ]
  const indicatorValue = await db().indicatorValue.create({ data: { indicatorId: indicator.id, periodId: period.id, value: 60 } })
  const [ownOrg, coOwnerOrg, otherOrg, spareOrg] = [
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
    await makeOrganisation({ foreign: true }),
  ]
  const plan = await makePlan({ strategyId: strategy.id, organisationId: ownOrg.id })
  const otherPlan = await makePlan({ strategyId: strategy.id, organisationId: otherOrg.id })
  const action = await makeAction({ planId: plan.id, measureIds: [measure.id] })
  // a joint action: the co-owner's coordinators write its follow-ups and its description, not its links
  await db().planActionCoOwner.create({ data: { actionId: action.id, organisationId: coOwnerOrg.id } })
  await makeAction({ planId: otherPlan.id, measureIds: [measure.id] })
  const followUp = await makeFollowUp({ actionId: action.id, periodId: period.id, state: 'submitted' })
  const draftFollowUp = await makeFollowUp({ actionId: action.id, periodId: laterPeriod.id, state: 'draft' })
  const spareUser = await makeUser('coordinator', [spareOrg.id])
  const users: Record<Exclude<Caller, 'anonymous'>, number> = {
    own: (await makeUser('coordinator', [ownOrg.id])).userId,
    coOwner: (await makeUser('coordinator', [coOwnerOrg.id])).userId,
    other: (await makeUser('coordinator', [otherOrg.id])).userId,
    opk_staff: (await makeUser('opk_staff' satisfies Role)).userId,
    steering_group: (await makeUser('steering_group' satisfies Role)).userId,
  }
  const staff = { id: users.opk_staff, role: 'opk_staff' as const, organisationIds: [] }
  const report = await createReport({ periodId: period.id, title: 'Publicerad rapport i behörighetsmatrisen' }, staff)
  const summarised = await updateReport(report.id, { version: report.version, summary: 'Sammanfattning.' }, staff)
  await approveReport(report.id, { version: summarised.version }, { id: users.steering_group, role: 'steering_group', organisationIds: [] })
  const draftReport = await createReport({ periodId: laterPeriod.id, title: 'Utkast i behörighetsmatrisen' }, staff)
  const ids: Record<Row, number> = {
    strategy: strategy.id,
    goal: goal.id,
    measure: measure.id,
    indicator: indicator.id,
    indicatorValue: indicatorValue.id,
    period: period.id,
    organisation: spareOrg.id,
    user: spareUser.userId,
    plan: plan.id,
    action: action.id,
    followUp: followUp.id,
    draftFollowUp: draftFollowUp.id,
    report: report.id,
    draftReport: draftReport.id,
  }
  return { ids, users, strategy, measure, ownOrg, freePeriod }
}

/** The row an `:id` in the path names, by the path's first segment, unless the matrix says otherwise. */
const rowByPath: Record<string, Row> = {
  strategies: 'strategy',
  goals: 'goal',
  measures: 'measure',
  indicators: 'indicator',
  'indicator-values': 'indicatorValue',
  'reporting-periods': 'period',
  organisations: 'organisation',
  users: 'user',
  'implementation-plans': 'plan',
  'plan-actions': 'action',
  'follow-ups': 'followUp',
}

const stamp = { version: true, updatedAt: true } as const
/** What a refused request must leave as it was. */
const snapshot: Record<Row, (id: number) => Promise<unknown>> = {
  strategy: (id) => db().strategy.findUniqueOrThrow({ where: { id }, select: stamp }),
  goal: (id) => db().goal.findUniqueOrThrow({ where: { id }, select: stamp }),
  measure: (id) => db().measure.findUniqueOrThrow({ where: { id }, select: stamp }),
  indicator: (id) => db().indicator.findUniqueOrThrow({ where: { id }, select: stamp }),
  indicatorValue: (id) => db().indicatorValue.findUniqueOrThrow({ where: { id }, select: stamp }),
  period: (id) => db().reportingPeriod.findUniqueOrThrow({ where: { id }, select: stamp }),
  organisation: (id) => db().organisation.findUniqueOrThrow({ where: { id }, select: stamp }),
  user: (id) => db().user.findUniqueOrThrow({ where: { id }, select: stamp }),
  plan: (id) => db().implementationPlan.findUniqueOrThrow({ where: { id }, select: stamp }),
  action: (id) => db().planAction.findUniqueOrThrow({ where: { id }, select: stamp }),
  followUp: (id) => db().followUp.findUniqueOrThrow({ where: { id }, select: stamp }),
  draftFollowUp: (id) => db().followUp.findUniqueOrThrow({ where: { id }, select: stamp }),
  report: (id) => db().report.findUniqueOrThrow({ where: { id }, select: stamp }),
  draftReport: (id) => db().report.findUniqueOrThrow({ where: { id }, select: stamp }),
}

const lastAuditEvent = async () => (await db().auditEvent.aggregate({ _max: { id: true } }))._max.id

/**
 * A minimal body: enough for the routes whose ownership the service checks to get past validation (else every
 * caller would get 400 before the check); stale versions so that allowed writes change nothing.
 */
const bodies: Record<string, (w: World) => object> = {
  'POST /implementation-plans': (w) => ({
    organisationId: w.ownOrg.id,
    strategyId: w.strategy.id,
    title: 'Plan i behörighetsmatrisen',
    startYear: 2021,
    endYear: 2026,
  }),
  'POST /implementation-plans/:id/actions': (w) => ({ title: 'Aktivitet i behörighetsmatrisen', measureIds: [w.measure.id] }),
  'POST /plan-actions/:id/follow-ups': (w) => ({ periodId: w.freePeriod.id, status: 'ongoing' }),
  'POST /follow-ups/:id/submit': () => ({ version: STALE }),
  'POST /follow-ups/:id/approve': () => ({ version: STALE }),
  'POST /follow-ups/:id/return': () => ({ version: STALE, comment: 'Komplettera.' }),
  'POST /follow-ups/:id/reopen': () => ({ version: STALE, reason: 'Öppnas i behörighetsmatrisen.' }),
  // a change of the co-owners, which only the plan's organisation (and OPK staff) may make
  'PATCH /plan-actions/:id': () => ({ version: STALE, coOwnerIds: [] }),
  'POST /follow-ups/:id/comments': () => ({ body: 'Kommentar i behörighetsmatrisen.' }),
  // the period already has a report: OPK staff get 409 and nothing is written
  'POST /reports': (w) => ({ periodId: w.ids.period, title: 'Rapport i behörighetsmatrisen' }),
  'POST /reports/:id/refresh': () => ({ version: STALE }),
  'POST /reports/:id/approve': () => ({ version: STALE }),
}
const bodyFor = (key: string, method: string, w: World) => bodies[key]?.(w) ?? (method === 'patch' ? { version: STALE } : undefined)

const casesOf = (entry: Expected | Case[], path: string): { on: Row | undefined; expect: Expected }[] => {
  const byPath = path.includes(':') ? rowByPath[path.split('/')[1]] : undefined
  return Array.isArray(entry) ? entry : [{ on: byPath, expect: entry as Expected }]
}

let world: World
beforeAll(async () => {
  world = await buildWorld()
})

describe('the access matrix', () => {
  it('has exactly one entry for every route', () => {
    const keys = routes.map(keyOf)
    const missing = keys.filter((key) => !(key in accessMatrix)).map((key) => `${key} is not in the access matrix: add ${key} to ${MATRIX}`)
    const stale = Object.keys(accessMatrix)
      .filter((key) => !keys.includes(key))
      .map((key) => `${key} is in the access matrix but there is no such route: remove it from ${MATRIX}`)
    expect([...missing, ...stale]).toEqual([])
  })

  it.each(routes.map((r) => [keyOf(r), r] as const))('%s', async (key, r) => {
    const entry = accessMatrix[key]
    if (!entry) throw new Error(`add ${key} to the access matrix (${MATRIX}) with the expected outcome for each caller`)
    for (const { on, expect: expected } of casesOf(entry, r.path)) {
      if (r.path.includes(':') && !on) throw new Error(`${key}: no fixture row for this path: add its first segment to rowByPath`)
      const url = `/api/v1${on ? r.path.replace(/:\w+/g, String(world.ids[on])) : r.path}`
      for (const caller of CALLERS) {
        // a fresh session for every request: /auth/logout ends it, a password change ends the others
        const session: TestSession | 'anonymous' = caller === 'anonymous' ? 'anonymous' : await signIn(world.users[caller])
        const before = { row: on && (await snapshot[on](world.ids[on])), audit: await lastAuditEvent() }
        const call = api(session)[r.method](url)
        const body = bodyFor(key, r.method, world)
        const res = await (body ? call.send(body) : call)
        const outcome = expected[caller]
        const seen = `${key} on ${on ?? 'no row'} as ${caller}: ${res.status} ${res.body?.type ?? ''}`
        if (outcome === 'allow') {
          expect({ seen, refused: res.status === 401 || res.status === 403 }).toEqual({ seen, refused: false })
          continue
        }
        expect({ seen, status: res.status }).toEqual({ seen, status: outcome })
        expectProblem(res, outcome, { 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found' }[outcome])
        const after = { row: on && (await snapshot[on](world.ids[on])), audit: await lastAuditEvent() }
        expect({ seen, unchanged: after }).toEqual({ seen, unchanged: before })
      }
    }
  })
})
