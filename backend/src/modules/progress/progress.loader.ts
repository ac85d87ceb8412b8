// Reads everything the progress model needs for one period's strategy, in a constant number of queries whatever
// the strategy holds: the period, then the strategy's periods, goals, measures, organisations, actions,
// follow-ups and indicators in parallel (each relation Prisma loads is one more query, never one per row).
// Besides the model's ProgressInput it keeps the rows' titles and names, so that every answer — an explanation
// included — is built from this one read.
import type { ActionStatus, FollowUpState, IndicatorDirection, OrganisationKind, PeriodStatus } from '@uppfoljning/contract'
import { db, type Prisma } from '../../db/prisma'
import { isoDate } from '../../http/present'
import { notFound, ruleBroken } from '../../errors'
import type { ProgressInput } from '../../progress'

export interface PeriodRow {
  id: number
  name: string
  startsOn: string
  endsOn: string
  status: PeriodStatus
}
export interface GoalRow {
  id: number
  parentId: number | null
  code: string
  title: string
}
export interface MeasureRow {
  id: number
  goalId: number
  code: string
  title: string
}
export interface OrganisationRow {
  id: number
  name: string
  shortName: string | null
  kind: OrganisationKind
  parentId: number | null
  archived: boolean
}
export interface ActionRow {
  id: number
  title: string
  planOrganisationId: number
  coOwnerIds: number[]
  measureIds: number[]
  status: ActionStatus
  plannedStart: string | null
}
export interface FollowUpRow {
  id: number
  actionId: number
  periodId: number
  state: FollowUpState
  status: ActionStatus
  progress: number
  submittedAt: string | null
}
export interface IndicatorRow {
  id: number
  goalId: number | null
  measureId: number | null
  name: string
  unit: string
  direction: IndicatorDirection
  baselineValue: number | null
  targetValue: number | null
}

/** One strategy's rows for one period: the model's input and the names to present its figures with. */
export interface ProgressWorld {
  strategy: { id: number; name: string }
  period: PeriodRow
  input: ProgressInput
  /** rows in display order (goals and measures by sortOrder, then code) */
  periods: PeriodRow[]
  goals: GoalRow[]
  measures: MeasureRow[]
  organisations: OrganisationRow[]
  actions: Map<number, ActionRow>
  followUps: Map<number, FollowUpRow>
  indicators: IndicatorRow[]
}

const presentPeriod = (p: { id: number; name: string; startsOn: Date; endsOn: Date; status: PeriodStatus }): PeriodRow => ({
  id: p.id,
  name: p.name,
  startsOn: isoDate(p.startsOn),
  endsOn: isoDate(p.endsOn),
  status: p.status,
})

const periodSelect = { id: true, name: true, startsOn: true, endsOn: true, status: true } as const

/**
 * The period's strategy as the progress model sees it: its non-archived periods, goals, measures (of
 * non-archived goals) and indicators with their values; every organisation (archived ones flagged); every action
 * of the strategy's plans with its links and owners, and their follow-ups (archived rows flagged: the model
 * decides what counts). 404 for an unknown period, 422 for an archived one.
 */
export async function loadProgressWorld(periodId: number): Promise<ProgressWorld> {
  const found = await db().reportingPeriod.findUnique({ where: { id: periodId }, select: { ...periodSelect, archivedAt: true, strategy: { select: { id: true, name: true } } } })
  if (!found) throw notFound('Perioden', periodId)
  if (found.archivedAt) throw ruleBroken(`Perioden ${found.name} är arkiverad och har inga resultat.`, 'periodId')
  const strategyId = found.strategy.id
  const liveGoal: Prisma.GoalWhereInput = { strategyId, archivedAt: null }
  const liveMeasure: Prisma.MeasureWhereInput = { archivedAt: null, goal: liveGoal }
  const liveIndicator: Prisma.IndicatorWhereInput = { archivedAt: null, OR: [{ goal: liveGoal }, { measure: liveMeasure }] }
  const ofStrategy: Prisma.PlanActionWhereInput = { plan: { strategyId } }

  const [periods, goals, measures, organisations, actions, followUps, indicators] = await Promise.all([
    db().reportingPeriod.findMany({ where: { strategyId, archivedAt: null }, select: periodSelect, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] }),
    db().goal.findMany({ where: liveGoal, select: { id: true, parentId: true, code: true, title: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }, { id: 'asc' }] }),
    db().measure.findMany({
      where: liveMeasure,
      select: { id: true, goalId: true, code: true, title: true, expectedKinds: true, activeFromYear: true, activeToYear: true, expectedOrganisations: { select: { organisationId: true } } },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }, { id: 'asc' }],
    }),
    db().organisation.findMany({ select: { id: true, name: true, shortName: true, kind: true, parentId: true, archivedAt: true }, orderBy: { id: 'asc' } }),
    db().planAction.findMany({
      where: ofStrategy,
      select: {
        id: true,
        title: true,
        status: true,
        plannedStart: true,
        archivedAt: true,
        plan: { select: { organisationId: true, status: true, archivedAt: true } },
        measures: { select: { measureId: true } },
        coOwners: { select: { organisationId: true } },
      },
      orderBy: { id: 'asc' },
    }),
    db().followUp.findMany({
      where: { action: ofStrategy },
      select: { id: true, actionId: true, periodId: true, state: true, status: true, progress: true, submittedAt: true, archivedAt: true },
      orderBy: { id: 'asc' },
    }),
    db().indicator.findMany({
      where: liveIndicator,
      select: {
        id: true, goalId: true, measureId: true, name: true, unit: true, direction: true, baselineValue: true, targetValue: true,
        values: { select: { id: true, periodId: true, organisationId: true, value: true, suppressed: true, archivedAt: true } },
      },
      orderBy: { id: 'asc' },
    }),
  ])

  const actionRows = actions.map((a) => ({
    id: a.id,
    title: a.title,
    planOrganisationId: a.plan.organisationId,
    coOwnerIds: a.coOwners.map((c) => c.organisationId),
    measureIds: a.measures.map((m) => m.measureId),
    status: a.status,
    plannedStart: isoDate(a.plannedStart),
  }))
  const followUpRows = followUps.map((f) => ({ ...f, submittedAt: f.submittedAt?.toISOString() ?? null }))
  const periodRows = periods.map(presentPeriod)
  return {
    strategy: found.strategy,
    period: presentPeriod(found),
    periods: periodRows,
    goals,
    measures: measures.map(({ id, goalId, code, title }) => ({ id, goalId, code, title })),
    organisations: organisations.map(({ archivedAt, ...o }) => ({ ...o, archived: archivedAt !== null })),
    actions: new Map(actionRows.map((a) => [a.id, a])),
    followUps: new Map(followUpRows.map((f) => [f.id, f])),
    indicators: indicators.map(({ values: _, ...i }) => i),
    input: {
      goals: goals.map(({ id, parentId }) => ({ id, parentId })),
      measures: measures.map((m) => ({
        id: m.id,
        goalId: m.goalId,
        expectedKinds: m.expectedKinds,
        expectedOrganisationIds: m.expectedOrganisations.map((e) => e.organisationId),
        activeFromYear: m.activeFromYear,
        activeToYear: m.activeToYear,
      })),
      organisations: organisations.map((o) => ({ id: o.id, kind: o.kind, parentId: o.parentId, archived: o.archivedAt !== null })),
      actions: actions.map((a, i) => ({
        ...actionRows[i],
        planArchived: a.plan.status === 'archived' || a.plan.archivedAt !== null,
        archived: a.archivedAt !== null,
      })),
      followUps: followUpRows.map(({ archivedAt, ...f }) => ({ ...f, archived: archivedAt !== null })),
      periods: periodRows.map(({ id, startsOn, endsOn }) => ({ id, startsOn, endsOn })),
      indicators: indicators.map(({ id, goalId, measureId, direction, baselineValue, targetValue }) => ({ id, goalId, measureId, direction, baselineValue, targetValue })),
      indicatorValues: indicators.flatMap((i) => i.values.map(({ archivedAt, ...v }) => ({ ...v, indicatorId: i.id, archived: archivedAt !== null }))),
    },
  }
}
