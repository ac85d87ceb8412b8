// Test data built straight in the database. Each factory creates the parent rows it needs.
import { db } from '../db/prisma'
import type { OrganisationKind } from '../generated/prisma/client'
import { standardSession } from './users'

let n = 0
/** A suffix unique within the test run's worker, so that tests never collide on unique columns. */
export const unique = () => `${process.env.JEST_WORKER_ID ?? 1}-${++n}-${Date.now() % 100_000}`

/**
 * An organisation. The standard test coordinator works for it (so that `api('coordinator')` may write its plans)
 * unless `foreign: true`.
 */
export async function makeOrganisation(
  overrides: { kind?: OrganisationKind; name?: string; municipalityCode?: string | null; parentId?: number; foreign?: boolean } = {},
) {
  const { foreign, ...fields } = overrides
  const organisation = await db().organisation.create({
    data: { kind: fields.kind ?? 'municipality', name: fields.name ?? `Kommun ${unique()}`, ...fields },
  })
  if (!foreign)
    await db().userOrganisation.create({ data: { userId: standardSession('coordinator').userId, organisationId: organisation.id } })
  return organisation
}

export async function makeStrategy(overrides: { startYear?: number; endYear?: number; predecessorId?: number } = {}) {
  return db().strategy.create({
    data: {
      name: `Strategi ${unique()}`,
      startYear: 2020,
      endYear: 2026,
      overallGoal: 'Ingen ska utsättas för våld i nära relation.',
      status: 'active',
      ...overrides,
    },
  })
}

export async function makeGoal(overrides: { strategyId?: number; parentId?: number; code?: string } = {}) {
  const strategyId = overrides.strategyId ?? (await makeStrategy()).id
  return db().goal.create({ data: { title: `Mål ${unique()}`, code: overrides.code ?? unique(), ...overrides, strategyId } })
}

export async function makeMeasure(overrides: { goalId?: number; strategyId?: number } = {}) {
  const goalId = overrides.goalId ?? (await makeGoal({ strategyId: overrides.strategyId })).id
  return db().measure.create({ data: { goalId, code: unique(), title: `Åtgärd ${unique()}`, expectedKinds: ['municipality'] } })
}

export async function makePeriod(overrides: { strategyId?: number; status?: 'planned' | 'open' | 'closed'; name?: string } = {}) {
  const strategyId = overrides.strategyId ?? (await makeStrategy()).id
  return db().reportingPeriod.create({
    data: {
      strategyId,
      name: overrides.name ?? unique(),
      startsOn: new Date('2025-01-01'),
      endsOn: new Date('2025-12-31'),
      deadline: new Date('2026-02-15'),
      status: overrides.status ?? 'open',
    },
  })
}

export async function makePlan(overrides: { strategyId?: number; organisationId?: number } = {}) {
  const strategyId = overrides.strategyId ?? (await makeStrategy()).id
  const organisationId = overrides.organisationId ?? (await makeOrganisation()).id
  return db().implementationPlan.create({ data: { strategyId, organisationId, title: `Plan ${unique()}`, startYear: 2021, endYear: 2026 } })
}

/** An action in a plan, linked to the given measures (a new measure of the plan's strategy when none given). */
export async function makeAction(
  overrides: { planId?: number; measureIds?: number[]; status?: 'planned' | 'ongoing' | 'completed' | 'postponed' | 'cancelled' } = {},
) {
  const plan = overrides.planId ? await db().implementationPlan.findUniqueOrThrow({ where: { id: overrides.planId } }) : await makePlan()
  const measureIds = overrides.measureIds ?? [(await makeMeasure({ strategyId: plan.strategyId })).id]
  return db().planAction.create({
    data: {
      planId: plan.id,
      title: `Aktivitet ${unique()}`,
      status: overrides.status ?? 'ongoing',
      measures: { create: measureIds.map((measureId) => ({ measureId })) },
    },
  })
}

export async function makeFollowUp(
  overrides: { actionId?: number; periodId?: number; state?: 'draft' | 'submitted' | 'returned' | 'approved'; progress?: number } = {},
) {
  const action = overrides.actionId
    ? await db().planAction.findUniqueOrThrow({ where: { id: overrides.actionId }, include: { plan: true } })
    : await makeAction().then((a) => db().planAction.findUniqueOrThrow({ where: { id: a.id }, include: { plan: true } }))
  const periodId = overrides.periodId ?? (await makePeriod({ strategyId: action.plan.strategyId })).id
  return db().followUp.create({
    data: { actionId: action.id, periodId, status: 'ongoing', progress: overrides.progress ?? 50, state: overrides.state ?? 'draft' },
  })
}

/** An indicator on a goal (a new goal when neither goalId nor measureId is given) or on a measure. */
export async function makeIndicator(overrides: { goalId?: number; measureId?: number; strategyId?: number } = {}) {
  const owner = overrides.measureId
    ? { measureId: overrides.measureId }
    : { goalId: overrides.goalId ?? (await makeGoal({ strategyId: overrides.strategyId })).id }
  return db().indicator.create({ data: { ...owner, name: `Indikator ${unique()}`, unit: '%', direction: 'increase' } })
}

/**
 * A small strategy to report on (reports tests), with figures worked out by hand. Organisations A and B are
 * expected (by name only, so the shared database's other organisations play no part) on M1 (goal 1) and M2 (goal 2).
 *   a1 A → M1: 2024 approved 20 %, 2025 approved 60 %      a2 B → M2: 2025 approved 50 %
 *   a3 A → M2: 2025 approved 25 %                          a5 B → M2: 2025 draft 40 % (missing; the draft counts for nothing)
 * 2025: M1 = G1 = 0.6 (2024: 0.2, change +0.4), coverage G1 1 of 2 (gap: M1, B); M2 = G2 = mean(0.5, 0.25) = 0.375
 * (2024: null), coverage 2 of 2; county (0.6 + 0.375) / 2 = 0.4875 (2024: 0.2), coverage 3 of 4.
 * A: mean(0.6, 0.25) = 0.425; B: 0.5. Attention: a5 without a counted follow-up.
 * Indicator I on G1, increase 60 → 90: county 2024 70, 2025 80 → ratio 2/3, trend +10.
 */
export async function makeReportWorld() {
  const A = await makeOrganisation({ foreign: true, name: `Håbo kommun ${unique()}` })
  const B = await makeOrganisation({ foreign: true, name: `Nynäshamns kommun ${unique()}` })
  const strategy = await makeStrategy()
  const G1 = await db().goal.create({ data: { strategyId: strategy.id, code: '1', title: 'Förebygga våld', sortOrder: 1 } })
  const G2 = await db().goal.create({ data: { strategyId: strategy.id, code: '2', title: 'Skydda och stödja', sortOrder: 2 } })
  const measure = (goalId: number, code: string, title: string) =>
    db().measure.create({
      data: {
        goalId,
        code,
        title,
        expectedKinds: [],
        expectedOrganisations: { create: [{ organisationId: A.id }, { organisationId: B.id }] },
      },
    })
  const M1 = await measure(G1.id, '1.1', 'Rutin för frågor om våld')
  const M2 = await measure(G2.id, '2.1', 'Stöd till barn i skyddat boende')
  const year = (y: number, status: 'open' | 'closed') =>
    db().reportingPeriod.create({
      data: {
        strategyId: strategy.id,
        name: `${y} ${unique()}`,
        startsOn: new Date(`${y}-01-01`),
        endsOn: new Date(`${y}-12-31`),
        deadline: new Date(`${y + 1}-02-15`),
        status,
      },
    })
  const P2024 = await year(2024, 'closed')
  const P2025 = await year(2025, 'open')
  const planA = await makePlan({ strategyId: strategy.id, organisationId: A.id })
  const planB = await makePlan({ strategyId: strategy.id, organisationId: B.id })
  const a1 = await makeAction({ planId: planA.id, measureIds: [M1.id] })
  const a2 = await makeAction({ planId: planB.id, measureIds: [M2.id] })
  const a3 = await makeAction({ planId: planA.id, measureIds: [M2.id] })
  const a5 = await makeAction({ planId: planB.id, measureIds: [M2.id] })
  const followUp = (actionId: number, periodId: number, state: 'draft' | 'approved', progress: number) =>
    db().followUp.create({
      data: {
        actionId,
        periodId,
        state,
        status: 'ongoing',
        progress,
        submittedAt: state === 'draft' ? null : new Date('2025-11-01T10:00:00Z'),
      },
    })
  await followUp(a1.id, P2024.id, 'approved', 20)
  const f1 = await followUp(a1.id, P2025.id, 'approved', 60)
  await followUp(a2.id, P2025.id, 'approved', 50)
  await followUp(a3.id, P2025.id, 'approved', 25)
  const draft = await followUp(a5.id, P2025.id, 'draft', 40)
  const indicator = await db().indicator.create({
    data: {
      goalId: G1.id,
      name: 'Andel kommuner som erbjuder stödsamtal',
      unit: '%',
      direction: 'increase',
      baselineValue: 60,
      targetValue: 90,
    },
  })
  await db().indicatorValue.createMany({
    data: [
      { indicatorId: indicator.id, periodId: P2024.id, value: 70 },
      { indicatorId: indicator.id, periodId: P2025.id, value: 80 },
    ],
  })
  return { A, B, strategy, G1, G2, M1, M2, P2024, P2025, planA, planB, a1, a2, a3, a5, f1, draft, indicator }
}
