import { actionsProgress, isLiveAction, type ActionProgress } from './action-progress'
import { basisOf, mergeBases } from './basis'
import { groupBy, sortedUnique } from './collections'
import type { ActionInput, Basis, MeasureInput, ProgressInput } from './inputs'
import { previousPeriod } from './periods'
import { isOwnedByAny, measuresUnderGoal, organisationWithSubUnits } from './trees'

/** What is in scope of a figure but not in its number: listed so that nothing is silently dropped. */
export interface LeftOut {
  /** measures in scope without progress (no counted action) or with weight 0 */
  measureIds: number[]
  cancelledActionIds: number[]
  /** no counted follow-up although one was due */
  missingActionIds: number[]
  /** planned to start after the period */
  notDueActionIds: number[]
  /** linked to no measure of the strategy (county and organisation figures only) */
  unlinkedActionIds: number[]
}

/** An implementation-progress figure: a fraction 0–1, or null when nothing counts (never 0 for "no data"). */
export interface ProgressFigure {
  progress: number | null
  /** the same figure in the previous period; null when there is none or nothing counted then */
  previous: number | null
  /** progress − previous; null unless both exist */
  change: number | null
  /** the measures, actions and follow-ups the number is computed from */
  basis: Basis
  leftOut: LeftOut
}

export type MeasureProgress = ProgressFigure & { measureId: number; weight: number }
export type GoalProgress = ProgressFigure & { goalId: number }
export type OrganisationProgress = ProgressFigure & { organisationId: number }

/** Every implementation-progress figure of one period. */
export interface ImplementationProgress {
  periodId: number
  /** the period `previous` and `change` compare with */
  previousPeriodId: number | null
  /** every live action, by ascending id */
  actions: ActionProgress[]
  measures: MeasureProgress[]
  goals: GoalProgress[]
  organisations: OrganisationProgress[]
  county: ProgressFigure
  /** live actions linked to no measure of the strategy: in no measure or goal figure, listed here */
  unlinkedActionIds: number[]
}

type Figure = Omit<ProgressFigure, 'previous' | 'change'>

const noneLeftOut = (): LeftOut => ({ measureIds: [], cancelledActionIds: [], missingActionIds: [], notDueActionIds: [], unlinkedActionIds: [] })

/** The organisations that get a figure: those not archived. */
const activeOrganisations = (input: ProgressInput) => input.organisations.filter((o) => !o.archived)

/** A measure's weight within its goal: as set by OPK staff, else 1. */
export function weightOf(measure: MeasureInput): number {
  return measure.weight ?? 1
}

/** The plain mean, or null for no values (never 0). */
function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length
}

/**
 * A measure's progress over the given actions linked to it: the plain mean of the counted actions'
 * progress; cancelled, missing and not-due actions are listed, not averaged. Null when no action counts.
 */
export function measureProgress(measure: MeasureInput, linkedActions: ActionInput[], standings: Map<number, ActionProgress>): Figure {
  const rows = linkedActions.flatMap((a) => standings.get(a.id) ?? [])
  const counted = rows.filter((r) => r.standing === 'counted')
  const idsOf = (standing: ActionProgress['standing']) => sortedUnique(rows.filter((r) => r.standing === standing).map((r) => r.actionId))
  return {
    progress: mean(counted.flatMap((r) => r.progress ?? [])),
    basis: basisOf({ measureIds: [measure.id], actionIds: counted.map((r) => r.actionId), followUpIds: counted.flatMap((r) => r.followUpId ?? []) }),
    leftOut: { ...noneLeftOut(), cancelledActionIds: idsOf('cancelled'), missingActionIds: idsOf('missing'), notDueActionIds: idsOf('notDue') },
  }
}

/**
 * The weighted mean of measures' progress: Σ weight × progress / Σ weight over the measures that have
 * progress and a weight above 0. The others are listed in `leftOut.measureIds`; their left-out actions too.
 */
export function rollUpMeasures(parts: { measure: MeasureInput; figure: Figure }[]): Figure {
  const counts = (p: (typeof parts)[number]) => p.figure.progress !== null && weightOf(p.measure) > 0
  const inNumber = parts.filter(counts)
  const totalWeight = inNumber.reduce((sum, p) => sum + weightOf(p.measure), 0)
  const weightedSum = inNumber.reduce((sum, p) => sum + weightOf(p.measure) * (p.figure.progress as number), 0)
  const lists = (key: keyof LeftOut) => sortedUnique(parts.flatMap((p) => p.figure.leftOut[key]))
  return {
    progress: totalWeight === 0 ? null : weightedSum / totalWeight,
    basis: mergeBases(inNumber.map((p) => p.figure.basis)),
    leftOut: {
      measureIds: sortedUnique(parts.filter((p) => !counts(p)).map((p) => p.measure.id)),
      cancelledActionIds: lists('cancelledActionIds'),
      missingActionIds: lists('missingActionIds'),
      notDueActionIds: lists('notDueActionIds'),
      unlinkedActionIds: [],
    },
  }
}

/** Each measure's figure over the given actions (an action linked to two measures counts for both). */
function measureFigures(measures: MeasureInput[], actions: ActionInput[], standings: Map<number, ActionProgress>) {
  const byMeasure = groupBy(actions, (a) => a.measureIds)
  return measures.map((measure) => ({ measure, figure: measureProgress(measure, byMeasure.get(measure.id) ?? [], standings) }))
}

/** The figure with the given actions that are linked to none of the strategy's measures listed. */
function withUnlinked(figure: Figure, measures: MeasureInput[], actions: ActionInput[]): Figure {
  const strategyMeasureIds = new Set(measures.map((m) => m.id))
  const unlinked = actions.filter((a) => !a.measureIds.some((id) => strategyMeasureIds.has(id))).map((a) => a.id)
  return { ...figure, leftOut: { ...figure.leftOut, unlinkedActionIds: sortedUnique(unlinked) } }
}

/** Every figure of one period, without the comparison with the previous one (arrays in input order). */
function figuresOf(input: ProgressInput, periodId: number) {
  const standings = actionsProgress(input.actions, input.followUps, input.periods, periodId)
  const live = input.actions.filter(isLiveAction)
  const perMeasure = measureFigures(input.measures, live, standings)
  return {
    standings,
    measures: perMeasure.map((p) => p.figure),
    goals: input.goals.map((goal) => {
      const under = new Set(measuresUnderGoal(input.goals, input.measures, goal.id).map((m) => m.id))
      return rollUpMeasures(perMeasure.filter((p) => under.has(p.measure.id)))
    }),
    // an organisation's figure: the same roll-up over only the actions it (or a sub-unit) owns or co-owns,
    // across the measures those actions are linked to
    organisations: activeOrganisations(input).map((o) => {
      const owners = organisationWithSubUnits(input.organisations, o.id)
      const own = live.filter((a) => isOwnedByAny(a, owners))
      const linkedTo = new Set(own.flatMap((a) => a.measureIds))
      return withUnlinked(rollUpMeasures(measureFigures(input.measures.filter((m) => linkedTo.has(m.id)), own, standings)), input.measures, own)
    }),
    county: withUnlinked(rollUpMeasures(perMeasure), input.measures, live),
  }
}

/** A figure with the same figure of the previous period beside it. */
function compared(current: Figure, previous: Figure | undefined): ProgressFigure {
  const before = previous?.progress ?? null
  return { ...current, previous: before, change: current.progress === null || before === null ? null : current.progress - before }
}

/**
 * Implementation progress of one period: per action, per measure (its linked actions), per goal (its and
 * its sub-goals' measures, weighted), per organisation (actions it or a sub-unit owns or co-owns, rolled up
 * over their measures the same way) and county-wide (all measures), each compared with the previous period.
 */
export function implementationProgress(input: ProgressInput, periodId: number): ImplementationProgress {
  const now = figuresOf(input, periodId)
  const previousPeriodId = previousPeriod(input.periods, periodId)?.id ?? null
  const before = previousPeriodId === null ? null : figuresOf(input, previousPeriodId)
  return {
    periodId,
    previousPeriodId,
    actions: [...now.standings.values()].sort((a, b) => a.actionId - b.actionId),
    measures: input.measures.map((m, i) => ({ measureId: m.id, weight: weightOf(m), ...compared(now.measures[i], before?.measures[i]) })),
    goals: input.goals.map((g, i) => ({ goalId: g.id, ...compared(now.goals[i], before?.goals[i]) })),
    organisations: activeOrganisations(input).map((o, i) => ({ organisationId: o.id, ...compared(now.organisations[i], before?.organisations[i]) })),
    county: compared(now.county, before?.county),
    unlinkedActionIds: now.county.leftOut.unlinkedActionIds,
  }
}
