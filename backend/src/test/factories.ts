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
export async function makeOrganisation(overrides: { kind?: OrganisationKind; name?: string; municipalityCode?: string | null; parentId?: number; foreign?: boolean } = {}) {
  const { foreign, ...fields } = overrides
  const organisation = await db().organisation.create({ data: { kind: fields.kind ?? 'municipality', name: fields.name ?? `Kommun ${unique()}`, ...fields } })
  if (!foreign) await db().userOrganisation.create({ data: { userId: standardSession('coordinator').userId, organisationId: organisation.id } })
  return organisation
}

export async function makeStrategy(overrides: { startYear?: number; endYear?: number; predecessorId?: number } = {}) {
  return db().strategy.create({
    data: { name: `Strategi ${unique()}`, startYear: 2020, endYear: 2026, overallGoal: 'Ingen ska utsättas för våld i nära relation.', status: 'active', ...overrides },
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
export async function makeAction(overrides: { planId?: number; measureIds?: number[]; status?: 'planned' | 'ongoing' | 'completed' | 'postponed' | 'cancelled' } = {}) {
  const plan = overrides.planId ? await db().implementationPlan.findUniqueOrThrow({ where: { id: overrides.planId } }) : await makePlan()
  const measureIds = overrides.measureIds ?? [(await makeMeasure({ strategyId: plan.strategyId })).id]
  return db().planAction.create({
    data: { planId: plan.id, title: `Aktivitet ${unique()}`, status: overrides.status ?? 'ongoing', measures: { create: measureIds.map((measureId) => ({ measureId })) } },
  })
}

export async function makeFollowUp(overrides: { actionId?: number; periodId?: number; state?: 'draft' | 'submitted' | 'returned' | 'approved'; progress?: number } = {}) {
  const action = overrides.actionId ? await db().planAction.findUniqueOrThrow({ where: { id: overrides.actionId }, include: { plan: true } }) : await makeAction().then((a) => db().planAction.findUniqueOrThrow({ where: { id: a.id }, include: { plan: true } }))
  const periodId = overrides.periodId ?? (await makePeriod({ strategyId: action.plan.strategyId })).id
  return db().followUp.create({ data: { actionId: action.id, periodId, status: 'ongoing', progress: overrides.progress ?? 50, state: overrides.state ?? 'draft' } })
}

/** An indicator on a goal (a new goal when neither goalId nor measureId is given) or on a measure. */
export async function makeIndicator(overrides: { goalId?: number; measureId?: number; strategyId?: number } = {}) {
  const owner = overrides.measureId ? { measureId: overrides.measureId } : { goalId: overrides.goalId ?? (await makeGoal({ strategyId: overrides.strategyId })).id }
  return db().indicator.create({ data: { ...owner, name: `Indikator ${unique()}`, unit: '%', direction: 'increase' } })
}
