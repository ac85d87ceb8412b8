// Wire shapes of the progress figures (contract/src/progress.ts): the model's figures with counts instead of id
// lists (the lists are /progress/explain's), and the rows behind them with their titles and names.
import type {
  CoverageFigure,
  IndicatorStatus,
  IndicatorSummary,
  ProgressAction,
  ProgressFigure,
  ProgressFollowUp,
  ProgressMeasure,
  ProgressOrganisation,
  ProgressPeriod,
} from '@uppfoljning/contract'
import type { ActionProgress, CoverageTotal, IndicatorOutcome, MeasureCoverage, ProgressFigure as ModelFigure } from '../../progress-model'
import type { IndicatorRow, MeasureRow, OrganisationRow, ProgressWorld } from './progress.loader'

export const presentPeriod = ({ id, name, startsOn, endsOn, status }: ProgressPeriod): ProgressPeriod => ({
  id,
  name,
  startsOn,
  endsOn,
  status,
})

/** The context every progress answer starts with. */
export function presentContext(world: ProgressWorld, previousPeriodId: number | null, referenceDate: string) {
  const previous = world.periods.find((p) => p.id === previousPeriodId)
  return {
    strategy: { id: world.strategy.id, name: world.strategy.name },
    period: presentPeriod(world.period),
    previousPeriod: previous ? presentPeriod(previous) : null,
    referenceDate,
  }
}

export function presentFigure(figure: ModelFigure): ProgressFigure {
  const { basis, leftOut } = figure
  return {
    progress: figure.progress,
    previous: figure.previous,
    change: figure.change,
    counted: { measures: basis.measureIds.length, actions: basis.actionIds.length, followUps: basis.followUpIds.length },
    leftOut: {
      measures: leftOut.measureIds.length,
      cancelledActions: leftOut.cancelledActionIds.length,
      missingActions: leftOut.missingActionIds.length,
      notDueActions: leftOut.notDueActionIds.length,
      unlinkedActions: leftOut.unlinkedActionIds.length,
    },
  }
}

export const presentCoverage = ({
  expected,
  covered,
  coverage,
}: Pick<CoverageTotal, 'expected' | 'covered' | 'coverage'>): CoverageFigure => ({ expected, covered, coverage })

/** A measure's coverage as a figure. */
export const measureCoverageFigure = (m: MeasureCoverage) =>
  presentCoverage({ expected: m.expectedOrganisationIds.length, covered: m.coveredOrganisationIds.length, coverage: m.coverage })

/** Nothing expected, nothing covered: a measure not active in the period. */
export const NO_COVERAGE: CoverageFigure = { expected: 0, covered: 0, coverage: null }

export const presentOrganisation = ({ id, name, shortName, kind, parentId }: OrganisationRow): ProgressOrganisation => ({
  id,
  name,
  shortName,
  kind,
  parentId,
})

export function presentIndicator(outcome: IndicatorOutcome, row: IndicatorRow): IndicatorStatus {
  return {
    indicatorId: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    baselineValue: row.baselineValue,
    targetValue: row.targetValue,
    organisationId: outcome.organisationId,
    value: outcome.value,
    suppressed: outcome.suppressed,
    ratio: outcome.ratio,
    barRatio: outcome.barRatio,
    noRatioReason: outcome.noRatioReason,
    targetMet: outcome.targetMet,
    trend: outcome.trend,
  }
}

export function summariseIndicators(items: IndicatorStatus[]): IndicatorSummary {
  const count = (test: (i: IndicatorStatus) => boolean) => items.filter(test).length
  return {
    total: items.length,
    withValue: count((i) => i.value !== null),
    targetMet: count((i) => i.targetMet === true),
    better: count((i) => i.trend?.verdict === 'better'),
    worse: count((i) => i.trend?.verdict === 'worse'),
    unchanged: count((i) => i.trend?.verdict === 'unchanged'),
  }
}

export function presentFollowUp(world: ProgressWorld, id: number | null): ProgressFollowUp | null {
  const row = id === null ? undefined : world.followUps.get(id)
  if (!row) return null
  const period = world.periods.find((p) => p.id === row.periodId)
  return {
    id: row.id,
    periodId: row.periodId,
    periodName: period?.name ?? '',
    state: row.state,
    status: row.status,
    progress: row.progress,
    submittedAt: row.submittedAt,
  }
}

export const organisationName = (world: ProgressWorld, id: number) => ({
  id,
  name: world.organisations.find((o) => o.id === id)?.name ?? '',
})

/** A live action as it stands in the period (its standing from the model). */
export function presentAction(world: ProgressWorld, standing: ActionProgress): ProgressAction {
  const action = world.actions.get(standing.actionId)!
  return {
    id: action.id,
    title: action.title,
    organisation: organisationName(world, action.planOrganisationId),
    coOwners: action.coOwnerIds.map((id) => organisationName(world, id)),
    measureIds: [...action.measureIds].sort((a, b) => a - b),
    plannedStart: action.plannedStart,
    planStatus: action.status,
    status: standing.status,
    standing: standing.standing,
    progress: standing.progress,
    followUp: presentFollowUp(world, standing.followUpId),
    uncountedFollowUp: presentFollowUp(world, standing.uncountedFollowUp?.id ?? null),
  }
}

export const presentMeasure = (measure: MeasureRow, weight: number, progress: number | null): ProgressMeasure => ({
  id: measure.id,
  code: measure.code,
  title: measure.title,
  goalId: measure.goalId,
  weight,
  progress,
})
