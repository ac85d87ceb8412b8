import '../strategy.css'
import type { Goal, Indicator, Measure, Page, ReportingPeriod } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useCoverage } from '@/api/get-coverage'
import { useGoals } from '@/api/get-goals'
import { useIndicators } from '@/api/get-indicators'
import { useMeasures } from '@/api/get-measures'
import { useReportingPeriods } from '@/api/get-reporting-periods'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { goalTree } from '../goal-tree'
import { actorsByMeasure, coveragePeriod, indicatorsByOwner, type StrategyDetails } from '../strategy-details'
import { GoalItem } from './GoalItem'

// The API's largest page. A county strategy has tens of goals, measures and indicators; should one ever exceed it,
// the page says how many are left out rather than pretending to be complete.

/**
 * The strategy's goals, each with its measures and indicators, and per measure the organisations acting on it.
 * Requests: goals, measures, indicators, periods (one each, for the whole strategy), the coverage of the current
 * period (one), and each indicator's county-wide values (one per indicator: a strategy has a handful).
 */
export function GoalList({ strategyId }: { strategyId: number }) {
  const { t } = useTranslation()
  const goals = useGoals(strategyId)
  const measures = useMeasures(strategyId)
  const indicators = useIndicators(strategyId)
  const periods = useReportingPeriods(strategyId)

  let body
  if (goals.isPending || measures.isPending || indicators.isPending || periods.isPending) {
    body = <LoadingState>{t('goals.loading')}</LoadingState>
  } else if (goals.isError || measures.isError || indicators.isError || periods.isError) {
    const error = (goals.error ?? measures.error ?? indicators.error ?? periods.error) as Error
    const retry = () => [goals, measures, indicators, periods].filter((q) => q.isError).forEach((q) => void q.refetch())
    body = <LoadError error={error} onRetry={retry} />
  } else if (goals.data.items.length === 0) {
    body = <EmptyState>{t('goals.empty')}</EmptyState>
  } else {
    body = <Goals goals={goals.data} measures={measures.data} indicators={indicators.data} periods={periods.data.items} />
  }

  return (
    <section className="goal-section" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goals.heading')}</h2>
      {body}
    </section>
  )
}

type GoalsProps = { goals: Page<Goal>; measures: Page<Measure>; indicators: Page<Indicator>; periods: ReportingPeriod[] }

function Goals({ goals, measures, indicators, periods }: GoalsProps) {
  const { t } = useTranslation()
  const { t: tx } = useTranslation('overview')
  const period = coveragePeriod(periods)
  const coverage = useCoverage(period?.id)
  const tree = goalTree(goals.items, measures.items)
  const { byGoal, byMeasure } = indicatorsByOwner(indicators.items)
  const details: StrategyDetails = {
    indicatorsByGoal: byGoal,
    indicatorsByMeasure: byMeasure,
    actors: coverage.data ? actorsByMeasure(coverage.data) : null,
    periods: new Map(periods.map((p) => [p.id, p])),
  }

  let coverageNote
  if (!period) coverageNote = null
  else if (coverage.isPending) coverageNote = <LoadingState>{tx('strategy.coverage.loading')}</LoadingState>
  else if (coverage.isError) coverageNote = <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />
  else
    coverageNote = (
      <p className="notice">
        {tx('strategy.coverage.period')} <span lang={CONTENT_LANGUAGE}>{period.name}</span>.
      </p>
    )

  return (
    <>
      <p className="count">
        {t('goals.count', { count: tree.length })}, {tx('strategy.indicators.count', { count: indicators.total })}
      </p>
      {measures.total > measures.items.length && (
        <p className="notice">{t('measures.truncated', { shown: measures.items.length, total: measures.total })}</p>
      )}
      {indicators.total > indicators.items.length && (
        <p className="notice">{tx('strategy.indicators.truncated', { shown: indicators.items.length, total: indicators.total })}</p>
      )}
      {coverageNote}
      <ol className="goals">
        {tree.map((node) => (
          <GoalItem key={node.goal.id} node={node} level={3} details={details} />
        ))}
      </ol>
    </>
  )
}
