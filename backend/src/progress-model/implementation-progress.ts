import { followUpsByAction, isLiveAction, standingsIn, type ActionProgress } from './action-progress'
import { basisOf, mergeBases } from './basis'
import { sortedUnique, sortedUniqueOfAll } from './collections'
import type { ActionInput, Basis, MeasureInput, ProgressInput } from './inputs'
import { previousPeriod } from './periods'
import { measuresUnderGoal, ownership } from './trees'

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

/** What a view needs of the figures of the period. */
export interface FigureOptions {
  /**
   * The organisations to compute a figure for (the goal report needs none, an organisation's view its own);
   * absent: every organisation not archived. An archived organisation never gets one.
   */
  organisationIds?: number[]
}

/** The organisations that get a figure: those not archived (of the ones asked for). */
export function figureOrganisations(input: Pick<ProgressInput, 'organisations'>, options: FigureOptions = {}) {
  const wanted = options.organisationIds === undefined ? null : new Set(options.organisationIds)
  return input.organisations.filter((o) => !o.archived && (wanted === null || wanted.has(o.id)))
}

/** A measure's weight within its goal: as set by OPK staff, else 1. */
export function weightOf(measure: MeasureInput): number {
  return measure.weight ?? 1
}

/** The plain mean, or null for no values (never 0). */
function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length
}

/**
 * The standings of a measure's linked actions, sorted as they come. Without `lists` only the progress is tallied: the
 * previous period's figures are needed for their number alone (`previous`, `change`).
 */
interface Tally {
  lists: boolean
  counted: number[]
  cancelled: number[]
  missing: number[]
  notDue: number[]
  progress: number[]
  followUpIds: number[]
}

const emptyTally = (lists = true): Tally => ({ lists, counted: [], cancelled: [], missing: [], notDue: [], progress: [], followUpIds: [] })

function tallyOne(tally: Tally, row: ActionProgress): void {
  if (tally.lists) tally[row.standing].push(row.actionId)
  if (row.standing !== 'counted') return
  if (row.progress !== null) tally.progress.push(row.progress)
  if (tally.lists && row.followUpId !== null) tally.followUpIds.push(row.followUpId)
}

const noIds: number[] = []
/** The figure of a number alone (Tally without lists): no ids in its basis or left out. */
const numberOnly = (progress: number | null): Figure => ({
  progress,
  basis: { measureIds: noIds, actionIds: noIds, followUpIds: noIds, valueIds: noIds },
  leftOut: { measureIds: noIds, cancelledActionIds: noIds, missingActionIds: noIds, notDueActionIds: noIds, unlinkedActionIds: noIds },
})

function figureOfTally(measure: MeasureInput, tally: Tally): Figure {
  if (!tally.lists) return numberOnly(mean(tally.progress))
  return {
    progress: mean(tally.progress),
    basis: basisOf({ measureIds: [measure.id], actionIds: tally.counted, followUpIds: tally.followUpIds }),
    leftOut: {
      measureIds: [],
      cancelledActionIds: sortedUnique(tally.cancelled),
      missingActionIds: sortedUnique(tally.missing),
      notDueActionIds: sortedUnique(tally.notDue),
      unlinkedActionIds: [],
    },
  }
}

/**
 * A measure's progress over the given actions linked to it: the plain mean of the counted actions'
 * progress; cancelled, missing and not-due actions are listed, not averaged. Null when no action counts.
 */
export function measureProgress(measure: MeasureInput, linkedActions: ActionInput[], standings: Map<number, ActionProgress>): Figure {
  const tally = emptyTally()
  for (const action of linkedActions) {
    const row = standings.get(action.id)
    if (row) tallyOne(tally, row)
  }
  return figureOfTally(measure, tally)
}

/**
 * The weighted mean of measures' progress: Σ weight × progress / Σ weight over the measures that have
 * progress and a weight above 0. The others are listed in `leftOut.measureIds`; their left-out actions too.
 */
export function rollUpMeasures(parts: { measure: MeasureInput; figure: Figure }[]): Figure {
  return rollUp(parts, true)
}

/** rollUpMeasures; without `lists` the number alone. */
function rollUp(parts: { measure: MeasureInput; figure: Figure }[], withLists: boolean): Figure {
  const counts = (p: (typeof parts)[number]) => p.figure.progress !== null && weightOf(p.measure) > 0
  const inNumber = parts.filter(counts)
  const totalWeight = inNumber.reduce((sum, p) => sum + weightOf(p.measure), 0)
  const weightedSum = inNumber.reduce((sum, p) => sum + weightOf(p.measure) * (p.figure.progress as number), 0)
  if (!withLists) return numberOnly(totalWeight === 0 ? null : weightedSum / totalWeight)
  const lists = (key: keyof LeftOut) => sortedUniqueOfAll(parts.map((p) => p.figure.leftOut[key]))
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

/**
 * Each measure's figure over the given actions (an action linked to two measures counts for both) — measureProgress
 * per measure, in one pass over the actions.
 */
function measureFigures(measures: MeasureInput[], actions: ActionInput[], standings: Map<number, ActionProgress>, lists = true) {
  const tallies = new Map(measures.map((m) => [m.id, emptyTally(lists)]))
  for (const action of actions) {
    const row = standings.get(action.id)
    if (!row) continue
    for (const measureId of action.measureIds) {
      const tally = tallies.get(measureId)
      if (tally) tallyOne(tally, row)
    }
  }
  return measures.map((measure) => ({ measure, figure: figureOfTally(measure, tallies.get(measure.id)!) }))
}

/** The figure with the given actions that are linked to none of the strategy's measures listed. */
function withUnlinked(figure: Figure, measures: MeasureInput[], actions: ActionInput[]): Figure {
  const strategyMeasureIds = new Set(measures.map((m) => m.id))
  const unlinked = actions.filter((a) => !a.measureIds.some((id) => strategyMeasureIds.has(id))).map((a) => a.id)
  return { ...figure, leftOut: { ...figure.leftOut, unlinkedActionIds: sortedUnique(unlinked) } }
}

/**
 * Every figure of one period, without the comparison with the previous one (arrays in input order). Without `lists`
 * the numbers alone (what `previous` needs). `live`: the live actions; `ownActions`: those each organisation (or a
 * sub-unit) owns or co-owns.
 */
function figuresOf(
  input: ProgressInput,
  standings: Map<number, ActionProgress>,
  live: ActionInput[],
  organisations: ProgressInput['organisations'],
  ownActions: Map<number, ActionInput[]>,
  lists: boolean,
) {
  const perMeasure = measureFigures(input.measures, live, standings, lists)
  return {
    standings,
    measures: perMeasure.map((p) => p.figure),
    goals: input.goals.map((goal) => {
      const under = new Set(measuresUnderGoal(input.goals, input.measures, goal.id).map((m) => m.id))
      return rollUp(
        perMeasure.filter((p) => under.has(p.measure.id)),
        lists,
      )
    }),
    // an organisation's figure: the same roll-up over only the actions it (or a sub-unit) owns or co-owns,
    // across the measures those actions are linked to
    organisations: organisations.map((o) => {
      const own = ownActions.get(o.id) ?? []
      const linkedTo = new Set(own.flatMap((a) => a.measureIds))
      const figure = rollUp(
        measureFigures(
          input.measures.filter((m) => linkedTo.has(m.id)),
          own,
          standings,
          lists,
        ),
        lists,
      )
      return lists ? withUnlinked(figure, input.measures, own) : figure
    }),
    county: lists ? withUnlinked(rollUp(perMeasure, true), input.measures, live) : rollUp(perMeasure, false),
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
 * over their measures the same way; only those in `options.organisationIds` when given) and county-wide (all
 * measures), each compared with the previous period. Linear in the actions and follow-ups.
 */
export function implementationProgress(input: ProgressInput, periodId: number, options: FigureOptions = {}): ImplementationProgress {
  const organisations = figureOrganisations(input, options)
  const live = input.actions.filter(isLiveAction)
  // grouped once for both periods
  const byAction = followUpsByAction(input.followUps)
  // the live actions each organisation (or a sub-unit) owns or co-owns, in one pass over them
  const ownActions = organisations.length === 0 ? new Map<number, ActionInput[]>() : ownership(input.organisations).index(live)
  const now = figuresOf(input, standingsIn(live, byAction, input.periods, periodId), live, organisations, ownActions, true)
  const previousPeriodId = previousPeriod(input.periods, periodId)?.id ?? null
  // of the previous period only the numbers are shown (previous, change)
  const before =
    previousPeriodId === null
      ? null
      : figuresOf(input, standingsIn(live, byAction, input.periods, previousPeriodId), live, organisations, ownActions, false)
  return {
    periodId,
    previousPeriodId,
    actions: [...now.standings.values()].sort((a, b) => a.actionId - b.actionId),
    measures: input.measures.map((m, i) => ({ measureId: m.id, weight: weightOf(m), ...compared(now.measures[i], before?.measures[i]) })),
    goals: input.goals.map((g, i) => ({ goalId: g.id, ...compared(now.goals[i], before?.goals[i]) })),
    organisations: organisations.map((o, i) => ({ organisationId: o.id, ...compared(now.organisations[i], before?.organisations[i]) })),
    county: compared(now.county, before?.county),
    unlinkedActionIds: now.county.leftOut.unlinkedActionIds,
  }
}
