import '../overview.css'
import type { CoverageFigure, ProgressFigure, ProgressGoals, SubGoalProgress } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useGoalProgress } from '@/api/get-goal-progress'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { barPercent, formatPointChange } from '../format-progress'
import { ReportedPeriod } from './ReportedPeriod'

/** The steering group's start: per goal, how far the work has come and how much of what is expected is under way. */
export function SteeringOverview() {
  return <ReportedPeriod>{(period) => <GoalProgressSection periodId={period.id} />}</ReportedPeriod>
}

function GoalProgressSection({ periodId }: { periodId: number }) {
  const { t } = useTranslation('overview')
  const progress = useGoalProgress(periodId)
  let body
  if (progress.isPending) body = <LoadingState>{t('steering.loading')}</LoadingState>
  else if (progress.isError) body = <LoadError error={progress.error} onRetry={() => void progress.refetch()} />
  else if (progress.data.goals.length === 0) body = <EmptyState>{t('steering.empty')}</EmptyState>
  else body = <GoalProgressTable data={progress.data} />
  return (
    <section aria-labelledby="overview-goals">
      <h2 id="overview-goals">{t('steering.heading')}</h2>
      <p>{t('steering.intro')}</p>
      {body}
    </section>
  )
}

type Row = Pick<SubGoalProgress, 'goalId' | 'code' | 'title' | 'progress' | 'coverage'> & { sub: boolean }

function GoalProgressTable({ data }: { data: ProgressGoals }) {
  const { t } = useTranslation('overview')
  const rows: Row[] = data.goals.flatMap((goal) => [{ ...goal, sub: false }, ...goal.subGoals.map((sub) => ({ ...sub, sub: true }))])
  const previous = data.previousPeriod?.name
  return (
    <div className="overview-table-scroll" role="region" aria-labelledby="overview-goals-caption" tabIndex={0}>
      <table className="overview-table overview-goals">
        <caption id="overview-goals-caption">{t('steering.caption', { period: data.period.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('steering.columns.goal')}</th>
            <th scope="col">{t('steering.columns.progress')}</th>
            <th scope="col" className="number">
              {previous ? t('steering.columns.change', { period: previous }) : t('steering.columns.changeNone')}
            </th>
            <th scope="col">{t('steering.columns.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.goalId} className={row.sub ? 'overview-sub-goal' : undefined}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {row.sub && <span className="visually-hidden">{t('steering.subGoal')} </span>}
                <span className="code">{row.code}</span> {row.title}
              </th>
              <ProgressCells figure={row.progress} />
              <CoverageCell figure={row.coverage} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('steering.county')}</th>
            <ProgressCells figure={data.county.progress} />
            <CoverageCell figure={data.county.coverage} />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** Progress as a bar with its percentage written beside it (the text is the bar's equivalent), and its change. */
function ProgressCells({ figure }: { figure: ProgressFigure }) {
  const { t } = useTranslation('overview')
  const { locale } = useLanguage()
  return (
    <>
      <td>
        {figure.progress === null ? (
          <span className="overview-missing">{t('steering.missing')}</span>
        ) : (
          <span className="overview-bar-cell">
            <span className="overview-bar-value">{formatPercent(figure.progress, locale)}</span>
            <span className="overview-bar" aria-hidden="true">
              <span style={{ width: `${barPercent(figure.progress)}%` }} />
            </span>
          </span>
        )}
      </td>
      <td className="number">
        {figure.change === null ? (
          <span className="overview-missing">{t('steering.missing')}</span>
        ) : (
          t('steering.points', { value: formatPointChange(figure.change, locale), count: Math.abs(Math.round(figure.change * 100)) })
        )}
      </td>
    </>
  )
}

/** "63 % (7 av 11)": the covered share of the expected (measure, organisation) pairs. */
function CoverageCell({ figure }: { figure: CoverageFigure }) {
  const { t } = useTranslation('overview')
  const { locale } = useLanguage()
  return (
    <td>
      {figure.coverage === null ? (
        <span className="overview-missing">{t('steering.missing')}</span>
      ) : (
        <>
          {formatPercent(figure.coverage, locale)}{' '}
          <span className="overview-meta">{t('steering.coverageOf', { covered: figure.covered, expected: figure.expected })}</span>
        </>
      )}
    </td>
  )
}
