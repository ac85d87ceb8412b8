import type { LinkOptions } from '@tanstack/react-router'
import type { ReportChanges, ReportDelta, ReportGap } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { Points, Share } from './Figures'

type Props = {
  changes: ReportChanges | null
  reportLink: (reportId: number) => LinkOptions
}

/** "Förändring sedan förra rapporten": this report's figures beside the previous approved report's, and the gaps that opened and closed. */
export function ReportChangesSection({ changes, reportLink }: Props) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  if (!changes) return <p>{t('changes.none')}</p>
  const previous = changes.previousReport
  const cells = (progress: ReportDelta, coverage: ReportDelta) => (
    <>
      <td data-label={t('changes.progressNow')}>
        <Share share={progress.now} missing={t('missing.progress')} />
      </td>
      <td data-label={t('changes.progressBefore')}>
        <Share share={progress.before} missing={t('missing.before')} />
      </td>
      <td data-label={t('changes.progressChange')} className="report-numeric">
        <Points change={progress.change} missing={t('missing.change')} />
      </td>
      <td data-label={t('changes.coverageNow')}>
        <Share share={coverage.now} missing={t('missing.coverage')} />
      </td>
      <td data-label={t('changes.coverageBefore')}>
        <Share share={coverage.before} missing={t('missing.before')} />
      </td>
      <td data-label={t('changes.coverageChange')} className="report-numeric">
        <Points change={coverage.change} missing={t('missing.change')} />
      </td>
    </>
  )
  return (
    <>
      <p>
        {t('changes.comparedWith')}{' '}
        <Link {...reportLink(previous.id)} lang={CONTENT_LANGUAGE}>
          {previous.title}
        </Link>{' '}
        {previous.approvedAt
          ? t('changes.previousApproved', { period: previous.period.name, date: formatDate(previous.approvedAt, locale) })
          : t('changes.previousPeriod', { period: previous.period.name })}
      </p>
      <div className="report-scroll">
        <table className="report-table">
          <caption>{t('changes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goals.goal')}</th>
              <th scope="col">{t('changes.progressNow')}</th>
              <th scope="col">{t('changes.progressBefore')}</th>
              <th scope="col">{t('changes.progressChange')}</th>
              <th scope="col">{t('changes.coverageNow')}</th>
              <th scope="col">{t('changes.coverageBefore')}</th>
              <th scope="col">{t('changes.coverageChange')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.goals.map((goal) => (
              <tr key={goal.goalId} className={goal.parentId === null ? undefined : 'report-sub-row'}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  <span className="report-code">{goal.code}</span> {goal.title}
                </th>
                {cells(goal.progress, goal.coverage)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('goals.county')}</th>
              {cells(changes.county.progress, changes.county.coverage)}
            </tr>
          </tfoot>
        </table>
      </div>
      <Gaps heading={t('changes.newGaps', { count: changes.newGaps.length })} gaps={changes.newGaps} none={t('changes.noNewGaps')} />
      <Gaps
        heading={t('changes.closedGaps', { count: changes.closedGaps.length })}
        gaps={changes.closedGaps}
        none={t('changes.noClosedGaps')}
      />
    </>
  )
}

function Gaps({ heading, gaps, none }: { heading: string; gaps: ReportGap[]; none: string }) {
  return (
    <>
      <h3>{heading}</h3>
      {gaps.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="report-gaps" lang={CONTENT_LANGUAGE}>
          {gaps.map((gap) => (
            <li key={`${gap.measureId}:${gap.organisation.id}`}>
              <span className="report-code">{gap.code}</span> {gap.title} – {gap.organisation.name}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
