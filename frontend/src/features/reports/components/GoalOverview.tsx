import type { GoalProgress, IndicatorSummary, ReportSnapshot, SubGoalProgress } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Points, Share } from './Figures'

type Row = Pick<GoalProgress | SubGoalProgress, 'progress' | 'coverage'> & { indicators: { summary: IndicatorSummary } }

/** Every goal with its sub-goals after it, in the snapshot's order. */
export const goalRows = (snapshot: ReportSnapshot): (GoalProgress | SubGoalProgress)[] =>
  snapshot.goals.goals.flatMap((g) => [g, ...g.subGoals])

/** Goal fulfilment at a glance: implementation, its change since the previous period, coverage and indicators per goal and for the county. */
export function GoalOverview({ snapshot }: { snapshot: ReportSnapshot }) {
  const { t } = useTranslation('reports')
  const cells = (row: Row) => (
    <>
      <td data-label={t('goals.progress')}>
        <Share share={row.progress.progress} missing={t('missing.progress')} bar />
      </td>
      <td data-label={t('goals.change')} className="report-numeric">
        <Points change={row.progress.change} missing={t('missing.change')} />
      </td>
      <td data-label={t('goals.coverage')}>
        <Share share={row.coverage.coverage} missing={t('missing.coverage')} bar />
      </td>
      <td data-label={t('goals.contributions')} className="report-numeric">
        {t('figures.ofExpected', { covered: row.coverage.covered, expected: row.coverage.expected })}
      </td>
      <td data-label={t('goals.indicators')}>{indicatorSummary(t, row.indicators.summary)}</td>
    </>
  )
  return (
    <div className="report-scroll">
      <table className="report-table">
        <caption>{t('goals.caption', { period: snapshot.goals.period.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.goal')}</th>
            <th scope="col">{t('goals.progress')}</th>
            <th scope="col">{t('goals.change')}</th>
            <th scope="col">{t('goals.coverage')}</th>
            <th scope="col">{t('goals.contributions')}</th>
            <th scope="col">{t('goals.indicators')}</th>
          </tr>
        </thead>
        <tbody>
          {goalRows(snapshot).map((goal) => (
            <tr key={goal.goalId} className={goal.parentId === null ? undefined : 'report-sub-row'}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {goal.parentId !== null && <span className="visually-hidden">{t('goals.subGoal')} </span>}
                <span className="report-code">{goal.code}</span> {goal.title}
              </th>
              {cells(goal)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('goals.county')}</th>
            {cells(snapshot.goals.county)}
          </tr>
        </tfoot>
      </table>
      <p className="report-note">{t('goals.note')}</p>
    </div>
  )
}

type T = ReturnType<typeof useTranslation<'reports'>>['t']

/** "2 indikatorer, 1 med värde, 0 har nått målet"; "Inga indikatorer". */
export function indicatorSummary(t: T, summary: IndicatorSummary): string {
  if (summary.total === 0) return t('indicators.none')
  return t('indicators.summary', { count: summary.total, withValue: summary.withValue, targetMet: summary.targetMet })
}
