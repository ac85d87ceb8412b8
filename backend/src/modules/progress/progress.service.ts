// Progress figures of one period: the rows are read (progress.loader.ts) and handed to the pure progress model
// (backend/src/progress, docs/progress.md); this file only picks the model's figures for each view. Answers and the
// model's figures are kept with the scope while the database does not change (progress.scope.ts, db/changes.ts).
// Measure weights are Measure.weight (set by OPK staff; 1 = equal, 0 = shown but not counted).
import type {
  CoverageMeasureRow,
  IndicatorStatus,
  ProgressAttention,
  ProgressCoverage,
  ProgressGoals,
  ProgressOrganisationView,
  ProgressQuery,
} from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import {
  actionsProgress,
  attentionFlags,
  coverage,
  implementationProgress,
  indicatorOutcomes,
  isActiveAction,
  isLiveAction,
  measureProgress,
  type ActionInput,
  type MeasureCoverage,
} from '../../progress-model'
import { groupBy } from '../../progress-model/collections'
import { organisationWithSubUnits, ownership } from '../../progress-model/trees'
import type { GoalRow, ProgressWorld } from './progress.loader'
import {
  measureCoverageFigure,
  presentAction,
  presentCoverage,
  presentFigure,
  presentIndicator,
  presentOrganisation,
  summariseIndicators,
} from './progress.presenter'
import {
  goalSubtree,
  indicatorsOn,
  measuresInTreeOrder,
  measuresOfGoals,
  participantOf,
  participants,
  progressScope,
  subGoalsOf,
  topGoals,
  type ProgressScope,
} from './progress.scope'

/** The model's figures of the scope's period, every organisation's included: computed once per scope. */
export const implementationOf = (scope: ProgressScope) =>
  scope.memo('model:implementation', () => implementationProgress(scope.world.input, scope.world.period.id))
export const coverageOf = (scope: ProgressScope) => scope.memo('model:coverage', () => coverage(scope.world.input, scope.world.period.id))
export const attentionOf = (scope: ProgressScope) =>
  scope.memo('model:attention', () => attentionFlags(scope.world.input, scope.world.period.id, scope.asOf))
/** Each organisation's live actions (its own, co-owned, and its sub-units'), in one pass over the actions. */
export const ownActionsOf = (scope: ProgressScope) =>
  scope.memo('model:own-actions', () => ownership(scope.world.input.organisations).index(scope.world.input.actions.filter(isLiveAction)))

/** The county-wide outcome of every indicator, by indicator id. */
function countyIndicators(world: ProgressWorld, periodId: number): Map<number, IndicatorStatus> {
  const rows = new Map(world.indicators.map((i) => [i.id, i]))
  return new Map(
    indicatorOutcomes(world.input, periodId).flatMap((o) =>
      o.organisationId === null ? [[o.indicatorId, presentIndicator(o, rows.get(o.indicatorId)!)] as const] : [],
    ),
  )
}

/**
 * Goal fulfilment (måluppfyllelse) in the period: per top-level goal (its sub-goals nested in `subGoals`),
 * implementation progress with the change since the previous period, coverage, the number of measures and the
 * county-wide state of its indicators; the same for the whole county.
 */
export async function getGoalProgress({ periodId }: ProgressQuery, actor: Actor): Promise<ProgressGoals> {
  const scope = await progressScope(periodId, actor)
  return scope.memo('goals', () => goalProgress(scope))
}

function goalProgress({ world, context }: ProgressScope): ProgressGoals {
  const periodId = world.period.id
  // the goal report shows no organisation's figures
  const implementation = implementationProgress(world.input, periodId, { organisationIds: [] })
  const covered = coverage(world.input, periodId, { organisationIds: [] })
  const progressOf = new Map(implementation.goals.map((g) => [g.goalId, g]))
  const coverageByGoal = new Map(covered.goals.map((g) => [g.goalId, g]))
  const county = countyIndicators(world, periodId)
  const indicatorsOf = (items: IndicatorStatus[]) => ({ summary: summariseIndicators(items), items })

  const goalRow = (goal: GoalRow) => {
    const goals = goalSubtree(world.goals, goal)
    const measureIds = new Set(measuresOfGoals(world.measures, goals).map((m) => m.id))
    const indicators = indicatorsOn(world.indicators, new Set(goals.map((g) => g.id)), measureIds).map((i) => county.get(i.id)!)
    return {
      goalId: goal.id,
      code: goal.code,
      title: goal.title,
      parentId: goal.parentId,
      measureCount: measureIds.size,
      progress: presentFigure(progressOf.get(goal.id)!),
      coverage: presentCoverage(coverageByGoal.get(goal.id)!),
      indicators: indicatorsOf(indicators),
    }
  }
  return {
    ...context,
    goals: topGoals(world.goals).map((goal) => ({ ...goalRow(goal), subGoals: subGoalsOf(world.goals, goal.id).map(goalRow) })),
    county: {
      measureCount: world.measures.length,
      progress: presentFigure(implementation.county),
      coverage: presentCoverage(covered.county),
      indicators: indicatorsOf([...county.values()]),
    },
  }
}

/**
 * The coverage matrix (täckning) of the period: every organisation taking part × every measure active in the
 * period, grouped by top-level goal. A cell says whether the organisation is expected on the measure, whether it
 * covers it, and lists its (or its sub-units') active actions on the measure with their status in the period.
 */
export async function getCoverageMatrix({ periodId }: ProgressQuery, actor: Actor): Promise<ProgressCoverage> {
  const scope = await progressScope(periodId, actor)
  return scope.memo('coverage', () => coverageMatrix(scope))
}

function coverageMatrix(scope: ProgressScope): ProgressCoverage {
  const { world, context } = scope
  const covered = coverageOf(scope)
  const standings = new Map(implementationOf(scope).actions.map((a) => [a.actionId, a]))
  const organisations = participants(world)
  // per organisation, its (or its sub-units') active actions on each measure, in the order of the actions
  const activeOwn = new Map<number, Map<number, ActionInput[]>>()
  for (const [organisationId, actions] of ownership(world.input.organisations).index(world.input.actions.filter(isActiveAction)))
    activeOwn.set(
      organisationId,
      groupBy(actions, (a) => a.measureIds),
    )
  const measureRows = new Map(world.measures.map((m) => [m.id, m]))
  const coverageOfMeasure = new Map(covered.measures.map((m) => [m.measureId, m]))
  const coverageOfGoal = new Map(covered.goals.map((g) => [g.goalId, g]))
  const coverageOfOrganisation = new Map(covered.organisations.map((o) => [o.organisationId, o]))

  const row = (measureId: number, c: MeasureCoverage): CoverageMeasureRow => {
    const measure = measureRows.get(measureId)!
    return {
      measureId,
      code: measure.code,
      title: measure.title,
      goalId: measure.goalId,
      coverage: measureCoverageFigure(c),
      cells: organisations.map((o) => {
        const expected = c.expectedOrganisationIds.includes(o.id)
        return {
          organisationId: o.id,
          expected,
          state: !expected ? 'not-expected' : c.coveredOrganisationIds.includes(o.id) ? 'covered' : 'gap',
          actions: (activeOwn.get(o.id)?.get(measureId) ?? []).map((a) => ({ id: a.id, status: standings.get(a.id)!.status })),
        }
      }),
    }
  }
  return {
    ...context,
    organisations: organisations.map((o) => ({ ...presentOrganisation(o), coverage: presentCoverage(coverageOfOrganisation.get(o.id)!) })),
    goals: topGoals(world.goals).map((goal) => ({
      goalId: goal.id,
      code: goal.code,
      title: goal.title,
      coverage: presentCoverage(coverageOfGoal.get(goal.id)!),
      subGoals: subGoalsOf(world.goals, goal.id).map((g) => ({
        goalId: g.id,
        code: g.code,
        title: g.title,
        parentId: g.parentId!,
        coverage: presentCoverage(coverageOfGoal.get(g.id)!),
      })),
      measures: measuresOfGoals(world.measures, goalSubtree(world.goals, goal)).flatMap((m) => {
        const c = coverageOfMeasure.get(m.id)
        return c ? [row(m.id, c)] : [] // only measures active in the period
      }),
    })),
    county: presentCoverage(covered.county),
  }
}

/**
 * One organisation's view of the period: its implementation progress (over the actions it or a sub-unit owns or
 * co-owns), its coverage, each measure expected of it or that its actions are linked to (with its actions and its
 * progress on the measure), its attention flags and its own indicator values.
 */
export async function getOrganisationProgress(id: number, { periodId }: ProgressQuery, actor: Actor): Promise<ProgressOrganisationView> {
  const scope = await progressScope(periodId, actor)
  const { world, context } = scope
  const organisation = participantOf(world, id, 'id')
  const { input } = world
  const implementation = implementationOf(scope)
  const covered = coverageOf(scope)
  const flags = attentionOf(scope)
  const standings = scope.memo('model:standings', () => new Map(implementation.actions.map((a) => [a.actionId, a])))
  const before =
    implementation.previousPeriodId === null
      ? null
      : scope.memo('model:previous-standings', () =>
          actionsProgress(input.actions, input.followUps, input.periods, implementation.previousPeriodId!),
        )
  const owners = organisationWithSubUnits(input.organisations, id)
  const own = ownActionsOf(scope).get(id) ?? []
  const ownIds = new Set(own.map((a) => a.id))
  const action = (actionId: number) => presentAction(world, standings.get(actionId)!)
  const expectedOn = new Map(covered.measures.filter((m) => m.expectedOrganisationIds.includes(id)).map((m) => [m.measureId, m]))
  const linkedTo = new Set(own.flatMap((a) => a.measureIds))
  const figure = implementation.organisations.find((o) => o.organisationId === id)!
  const coverageFigure = covered.organisations.find((o) => o.organisationId === id)!

  const measures = measuresInTreeOrder(world)
    .filter((m) => expectedOn.has(m.id) || linkedTo.has(m.id))
    .map((m) => {
      const measure = input.measures.find((x) => x.id === m.id)!
      const onMeasure = own.filter((a) => a.measureIds.includes(m.id))
      const now = measureProgress(measure, onMeasure, standings)
      const previous = before ? measureProgress(measure, onMeasure, before).progress : null
      const c = expectedOn.get(m.id)
      return {
        measureId: m.id,
        code: m.code,
        title: m.title,
        goalId: m.goalId,
        expected: c !== undefined,
        state:
          c === undefined ? ('not-expected' as const) : c.coveredOrganisationIds.includes(id) ? ('covered' as const) : ('gap' as const),
        progress: presentFigure({ ...now, previous, change: now.progress === null || previous === null ? null : now.progress - previous }),
        actions: onMeasure.map((a) => action(a.id)),
      }
    })
  const notReported = flags.organisationsNotReported.find((o) => o.organisationId === id)
  const indicatorRows = new Map(world.indicators.map((i) => [i.id, i]))
  return {
    ...context,
    organisation: {
      ...presentOrganisation(organisation),
      subUnits: participants(world)
        .filter((o) => o.id !== id && owners.has(o.id))
        .map(presentOrganisation),
    },
    progress: presentFigure(figure),
    coverage: presentCoverage(coverageFigure),
    measures,
    unlinkedActions: figure.leftOut.unlinkedActionIds.map(action),
    attention: {
      actionsWithoutFollowUp: flags.actionsWithoutFollowUp.filter((f) => ownIds.has(f.actionId)).map((f) => action(f.actionId)),
      plannedPastStart: flags.plannedPastStart.filter((f) => ownIds.has(f.actionId)).map((f) => action(f.actionId)),
      notReported: notReported ? { dueActionIds: notReported.dueActionIds } : null,
      gapMeasureIds: coverageFigure.gapMeasureIds,
    },
    indicators: indicatorOutcomes(input, periodId)
      .filter((o) => o.organisationId === id)
      .map((o) => presentIndicator(o, indicatorRows.get(o.indicatorId)!)),
  }
}

/**
 * The attention flags of the period, county-wide: actions without a counted follow-up, planned actions past their
 * start date (judged on today, or on the period's last day once it has ended), measures nobody acts on, and
 * organisations that have not reported.
 */
export async function getAttention({ periodId }: ProgressQuery, actor: Actor): Promise<ProgressAttention> {
  const scope = await progressScope(periodId, actor)
  return scope.memo('attention', () => attentionAnswer(scope))
}

function attentionAnswer(scope: ProgressScope): ProgressAttention {
  const { world, context } = scope
  const flags = attentionOf(scope)
  const standings = new Map(implementationOf(scope).actions.map((a) => [a.actionId, a]))
  const action = (actionId: number) => presentAction(world, standings.get(actionId)!)
  return {
    ...context,
    actionsWithoutFollowUp: flags.actionsWithoutFollowUp.map((f) => action(f.actionId)),
    plannedPastStart: flags.plannedPastStart.map((f) => action(f.actionId)),
    measuresWithoutActiveAction: measuresInTreeOrder(world)
      .filter((m) => flags.measuresWithoutActiveAction.includes(m.id))
      .map(({ id, code, title, goalId }) => ({ id, code, title, goalId })),
    // in the coverage matrix's order
    organisationsNotReported: participants(world).flatMap((organisation) => {
      const flag = flags.organisationsNotReported.find((o) => o.organisationId === organisation.id)
      return flag ? [{ organisation: presentOrganisation(organisation), dueActionIds: flag.dueActionIds }] : []
    }),
  }
}
