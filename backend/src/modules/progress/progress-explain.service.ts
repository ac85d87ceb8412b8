// The basis of a figure: for the county, a goal, a measure or an organisation, the measures, actions, follow-ups
// and indicator values its implementation progress, coverage and outcome figures are computed from, with titles
// and names — one request for one click on a figure.
import type { ProgressAction, ProgressExplainQuery, ProgressExplanation } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { db } from '../../db/prisma'
import { notFound, ruleBroken } from '../../errors'
import { indicatorOutcomes, measureProgress, type IndicatorOutcome, type MeasureCoverage, type ProgressFigure } from '../../progress-model'
import type { ProgressWorld } from './progress.loader'
import {
  measureCoverageFigure,
  NO_COVERAGE,
  organisationName,
  presentAction,
  presentCoverage,
  presentFigure,
  presentIndicator,
  presentMeasure,
} from './progress.presenter'
import { goalSubtree, indicatorsOn, measuresOfGoals, participantOf, progressScope } from './progress.scope'
import { coverageOf, implementationOf, ownActionsOf } from './progress.service'

type Subject = { kind: 'county' } | { kind: 'goal'; id: number } | { kind: 'measure'; id: number } | { kind: 'organisation'; id: number }

/** A goal or measure id outside the period's world: 404 when no such row exists, else 422 (archived, or another strategy's). */
export async function outsideStrategy(what: 'goal' | 'measure', id: number): Promise<never> {
  const exists =
    what === 'goal'
      ? await db().goal.findUnique({ where: { id }, select: { id: true } })
      : await db().measure.findUnique({ where: { id }, select: { id: true } })
  const [name, path] = what === 'goal' ? ['Målet', 'goalId'] : ['Åtgärden', 'measureId']
  if (!exists) throw notFound(name, id)
  throw ruleBroken(`${name} ${id} ingår inte i periodens strategi (arkiverad eller i en annan strategi).`, path)
}

async function subjectOf(world: ProgressWorld, query: ProgressExplainQuery): Promise<Subject & { title: string }> {
  if (query.goalId !== undefined) {
    const goal = world.goals.find((g) => g.id === query.goalId) ?? (await outsideStrategy('goal', query.goalId))
    return { kind: 'goal', id: goal.id, title: `${goal.code} ${goal.title}` }
  }
  if (query.measureId !== undefined) {
    const measure = world.measures.find((m) => m.id === query.measureId) ?? (await outsideStrategy('measure', query.measureId))
    return { kind: 'measure', id: measure.id, title: `${measure.code} ${measure.title}` }
  }
  if (query.organisationId !== undefined) {
    const organisation = participantOf(world, query.organisationId, 'organisationId')
    return { kind: 'organisation', id: organisation.id, title: organisation.name }
  }
  return { kind: 'county', title: world.strategy.name }
}

/**
 * Explains the figures of the county (no subject given), a goal (its and its sub-goals' measures), a measure or an
 * organisation (the actions it or a sub-unit owns or co-owns) in the period: the rows behind the implementation
 * progress and what it leaves out, who covers the measures in scope through which actions and who does not, and
 * the indicator values behind the outcomes. A coordinator does not see other organisations' draft follow-ups.
 */
export async function explainFigure(query: ProgressExplainQuery, actor: Actor): Promise<ProgressExplanation> {
  const { periodId } = query
  const scope = await progressScope(periodId, actor)
  const { world, context } = scope
  const subject = await subjectOf(world, query)
  const { input } = world
  const implementation = implementationOf(scope)
  const covered = coverageOf(scope)
  const outcomes = scope.memo('model:outcomes', () => indicatorOutcomes(input, periodId))
  const standings = scope.memo('model:standings', () => new Map(implementation.actions.map((a) => [a.actionId, a])))
  const action = (id: number): ProgressAction => presentAction(world, standings.get(id)!)
  const measureFigures = new Map(implementation.measures.map((m) => [m.measureId, m]))
  const measureRows = new Map(world.measures.map((m) => [m.id, m]))
  const county = (o: IndicatorOutcome) => o.organisationId === null

  // per subject: the figure, a measure's progress within it, the coverage, and which outcomes belong to it
  let figure: ProgressFigure
  let progressOfMeasure = (id: number) => measureFigures.get(id)?.progress ?? null
  let coverageFigure = NO_COVERAGE
  let coverageRows: { measure: MeasureCoverage; organisationId?: number }[] = []
  let outcomesOf = county
  if (subject.kind === 'goal') {
    const goals = goalSubtree(
      world.goals,
      world.goals.find((g) => g.id === subject.id)!,
    )
    const measureIds = new Set(measuresOfGoals(world.measures, goals).map((m) => m.id))
    const indicatorIds = new Set(indicatorsOn(world.indicators, new Set(goals.map((g) => g.id)), measureIds).map((i) => i.id))
    figure = implementation.goals.find((g) => g.goalId === subject.id)!
    coverageFigure = presentCoverage(covered.goals.find((g) => g.goalId === subject.id)!)
    coverageRows = covered.measures.filter((m) => measureIds.has(m.measureId)).map((measure) => ({ measure }))
    outcomesOf = (o) => county(o) && indicatorIds.has(o.indicatorId)
  } else if (subject.kind === 'measure') {
    figure = measureFigures.get(subject.id)!
    const active = covered.measures.find((m) => m.measureId === subject.id)
    if (active) {
      coverageFigure = measureCoverageFigure(active)
      coverageRows = [{ measure: active }]
    }
    outcomesOf = (o) => county(o) && world.indicators.some((i) => i.id === o.indicatorId && i.measureId === subject.id)
  } else if (subject.kind === 'organisation') {
    const own = ownActionsOf(scope).get(subject.id) ?? []
    const organisationCoverage = covered.organisations.find((o) => o.organisationId === subject.id)!
    figure = implementation.organisations.find((o) => o.organisationId === subject.id)!
    progressOfMeasure = (id) =>
      measureProgress(
        input.measures.find((m) => m.id === id)!,
        own.filter((a) => a.measureIds.includes(id)),
        standings,
      ).progress
    coverageFigure = presentCoverage(organisationCoverage)
    coverageRows = covered.measures
      .filter((m) => m.expectedOrganisationIds.includes(subject.id))
      .map((measure) => ({ measure, organisationId: subject.id }))
    outcomesOf = (o) => o.organisationId === subject.id
  } else {
    figure = implementation.county
    coverageFigure = presentCoverage(covered.county)
    coverageRows = covered.measures.map((measure) => ({ measure }))
  }

  const measure = (id: number) => presentMeasure(measureRows.get(id)!, measureFigures.get(id)!.weight, progressOfMeasure(id))
  const { measureIds, actionIds, followUpIds } = figure.basis
  const indicatorRows = new Map(world.indicators.map((i) => [i.id, i]))
  const periodName = (id: number) => world.periods.find((p) => p.id === id)?.name ?? ''
  const values = new Map(input.indicatorValues.map((v) => [v.id, v]))
  return {
    ...context,
    subject: { kind: subject.kind, id: subject.kind === 'county' ? null : subject.id, title: subject.title },
    progress: {
      figure: presentFigure(figure),
      basis: { measureIds, actionIds, followUpIds },
      measures: measureIds.map(measure),
      actions: actionIds.map(action),
      leftOut: {
        measures: figure.leftOut.measureIds.map(measure),
        cancelled: figure.leftOut.cancelledActionIds.map(action),
        missing: figure.leftOut.missingActionIds.map(action),
        notDue: figure.leftOut.notDueActionIds.map(action),
        unlinked: figure.leftOut.unlinkedActionIds.map(action),
      },
    },
    coverage: {
      figure: coverageFigure,
      measures: coverageRows.map(({ measure: c, organisationId }) => {
        // for an organisation: only its own part of the measure's coverage
        const coveredBy = c.coveredBy.filter((by) => organisationId === undefined || by.organisationId === organisationId)
        const gaps = c.gapOrganisationIds.filter((id) => organisationId === undefined || id === organisationId)
        const row = measureRows.get(c.measureId)!
        return {
          measureId: row.id,
          code: row.code,
          title: row.title,
          goalId: row.goalId,
          coverage:
            organisationId === undefined
              ? measureCoverageFigure(c)
              : { expected: 1, covered: coveredBy.length, coverage: coveredBy.length },
          coveredBy: coveredBy.map((by) => ({
            organisation: organisationName(world, by.organisationId),
            actions: by.actionIds.map(action),
          })),
          gaps: gaps.map((id) => organisationName(world, id)),
        }
      }),
    },
    indicators: outcomes.filter(outcomesOf).map((o) => ({
      ...presentIndicator(o, indicatorRows.get(o.indicatorId)!),
      values: o.basis.valueIds.map((id) => {
        const v = values.get(id)!
        return {
          id,
          periodId: v.periodId,
          periodName: periodName(v.periodId),
          value: v.suppressed ? null : v.value,
          suppressed: v.suppressed,
        }
      }),
    })),
  }
}
