// The map (karta): every municipality with its implementation progress and coverage over one subject's measures —
// a goal (with its sub-goals), a measure, or the whole strategy. The figures are the organisation view's and the
// coverage matrix's, narrowed to the subject: a district's actions count for its municipality as everywhere else.
import type { CoverageFigure, ProgressMap, ProgressMapQuery } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db } from '../../db/prisma'
import {
  actionsProgress,
  measureProgress,
  rollUpMeasures,
  type ActionInput,
  type ActionProgress,
  type MeasureCoverage,
  type MeasureInput,
  type ProgressFigure,
} from '../../progress-model'
import { outsideStrategy } from './progress-explain.service'
import type { ProgressWorld } from './progress.loader'
import { presentCoverage, presentFigure, presentOrganisation } from './progress.presenter'
import { goalSubtree, measuresOfGoals, participants, progressScope, type ProgressScope } from './progress.scope'
import { coverageOf, implementationOf, ownActionsOf } from './progress.service'

type Subject = ProgressMap['subject'] & { measureIds: Set<number> | null }

/** The subject of the map and the measures it covers (null: every measure of the strategy). 404 unknown, 422 another strategy's. */
async function subjectOf(world: ProgressWorld, { goalId, measureId }: ProgressMapQuery): Promise<Subject> {
  if (goalId !== undefined) {
    const goal = world.goals.find((g) => g.id === goalId) ?? (await outsideStrategy('goal', goalId))
    const measureIds = new Set(measuresOfGoals(world.measures, goalSubtree(world.goals, goal)).map((m) => m.id))
    return { kind: 'goal', id: goal.id, code: goal.code, title: goal.title, measureIds }
  }
  if (measureId !== undefined) {
    const measure = world.measures.find((m) => m.id === measureId) ?? (await outsideStrategy('measure', measureId))
    return { kind: 'measure', id: measure.id, code: measure.code, title: measure.title, measureIds: new Set([measure.id]) }
  }
  return { kind: 'county', id: null, code: null, title: world.strategy.name, measureIds: null }
}

/**
 * An organisation's implementation progress over its (and its sub-units') live actions on the given measures, rolled
 * up as its own figure is: over the measures its actions are linked to, weighted; the others are not in scope.
 */
function progressOn(measures: MeasureInput[], own: ActionInput[], standings: Map<number, ActionProgress>) {
  return rollUpMeasures(
    measures.flatMap((measure) => {
      const onMeasure = own.filter((a) => a.measureIds.includes(measure.id))
      return onMeasure.length > 0 ? [{ measure, figure: measureProgress(measure, onMeasure, standings) }] : []
    }),
  )
}

/** Coverage in (measure, organisation) pairs over the subject's measures active in the period that expect the organisation. */
function coverageOn(measures: MeasureCoverage[], organisationId: number): CoverageFigure {
  const expected = measures.filter((m) => m.expectedOrganisationIds.includes(organisationId))
  const covered = expected.filter((m) => m.coveredOrganisationIds.includes(organisationId)).length
  return { expected: expected.length, covered, coverage: expected.length === 0 ? null : covered / expected.length }
}

/**
 * The map of the period: every municipality taking part (by name, with its kommunkod), with its implementation
 * progress (and the change since the previous period) and its coverage over the subject's measures. Without a
 * subject these are exactly the figures of /progress/organisations/:id; with one, the same figures narrowed to the
 * goal's (and its sub-goals') or the measure's rows. A coordinator does not see others' drafts (which never count).
 */
export async function getProgressMap(query: ProgressMapQuery, actor: Actor): Promise<ProgressMap> {
  const [scope, codes] = await Promise.all([
    progressScope(query.periodId, actor),
    db().organisation.findMany({ where: { kind: 'municipality' }, select: { id: true, municipalityCode: true } }),
  ])
  const subject = await subjectOf(scope.world, query)
  const codeOf = new Map(codes.map((o) => [o.id, o.municipalityCode]))
  const areas = scope.memo(`map:${subject.kind}:${subject.id}`, () => municipalityFigures(scope, subject.measureIds))
  return {
    ...scope.context,
    subject: { kind: subject.kind, id: subject.id, code: subject.code, title: subject.title },
    municipalities: areas.map((area) => ({ ...area, municipalityCode: codeOf.get(area.organisation.id) ?? null })),
  }
}

/** Every municipality's figures over the measures (null: all of them, the organisation's own figures). */
function municipalityFigures(scope: ProgressScope, measureIds: Set<number> | null) {
  const { input } = scope.world
  const implementation = implementationOf(scope)
  const covered = coverageOf(scope)
  const own = ownActionsOf(scope)
  const { previousPeriodId } = implementation
  const now = scope.memo('model:standings', () => new Map(implementation.actions.map((a) => [a.actionId, a])))
  const before =
    previousPeriodId === null
      ? null
      : scope.memo('model:previous-standings', () => actionsProgress(input.actions, input.followUps, input.periods, previousPeriodId))
  const measures = input.measures.filter((m) => measureIds?.has(m.id))
  const activeMeasures = covered.measures.filter((m) => measureIds?.has(m.measureId))

  const figures = (organisationId: number): { progress: ProgressFigure; coverage: CoverageFigure } => {
    if (measureIds === null) {
      return {
        progress: implementation.organisations.find((o) => o.organisationId === organisationId)!,
        coverage: covered.organisations.find((o) => o.organisationId === organisationId)!,
      }
    }
    const actions = own.get(organisationId) ?? []
    const figure = progressOn(measures, actions, now)
    const previous = before === null ? null : progressOn(measures, actions, before).progress
    return {
      progress: { ...figure, previous, change: figure.progress === null || previous === null ? null : figure.progress - previous },
      coverage: coverageOn(activeMeasures, organisationId),
    }
  }
  return participants(scope.world)
    .filter((o) => o.kind === 'municipality')
    .map((organisation) => {
      const { progress, coverage } = figures(organisation.id)
      return { organisation: presentOrganisation(organisation), progress: presentFigure(progress), coverage: presentCoverage(coverage) }
    })
}
