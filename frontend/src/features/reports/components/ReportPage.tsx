import type { LinkOptions } from '@tanstack/react-router'
import type { ReportDetail } from '@uppfoljning/contract'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DownloadLinks } from '@/components/ui/DownloadLinks'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { ApiError } from '@/lib/api-client'
import { formatDate, formatDateTime } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { useDocumentTitle } from '@/lib/page-title'
import { getReportQueryOptions, useReport } from '../api/get-report'
import { reportActions, type ReportViewer } from '../report-actions'
import { AnalysisText } from './GoalSections'
import { ReportActionsBar } from './ReportActionsBar'
import { ReportBody, ReportContents } from './ReportBody'
import { ReportStatusTag } from './ReportStatusTag'
import '../reports.css'

// OPK staff's editing of a draft, with the forms library and the contract's schemas: loaded only for them
const ReportEditing = lazy(() => import('./ReportEditing').then((module) => ({ default: module.ReportEditing })))

type Props = {
  reportId: number
  viewer: ReportViewer
  reportsLink: LinkOptions
  reportLink: (reportId: number) => LinkOptions
  /** the sign-in page, coming back here */
  signInLink: LinkOptions
}

/** /lagesrapporter/:reportId — one report as a readable page; OPK staff write a draft here, the steering group approves it. */
export function ReportPage({ reportId, viewer, reportsLink, reportLink, signInLink }: Props) {
  const { t } = useTranslation('reports')
  const report = useReport(reportId)
  useDocumentTitle(report.data?.title ?? t('report.pageTitle'))

  if (report.isPending) return <LoadingState>{t('report.loading')}</LoadingState>
  if (report.isError) {
    if (report.error instanceof ApiError && report.error.status === 404)
      return <ReportNotFound signedIn={viewer !== null} reportsLink={reportsLink} signInLink={signInLink} />
    return (
      <>
        <h1>{t('report.pageTitle')}</h1>
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      </>
    )
  }
  return <ReportView key={report.data.id} report={report.data} reportsLink={reportsLink} reportLink={reportLink} />
}

/** A draft's address opened without signing in is 404 to the API: say what that may mean, and where to go. */
function ReportNotFound({ signedIn, reportsLink, signInLink }: { signedIn: boolean; reportsLink: LinkOptions; signInLink: LinkOptions }) {
  const { t } = useTranslation('reports')
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{signedIn ? t('notFound.signedIn') : t('notFound.anonymous')}</p>
      <ul className="link-list">
        {!signedIn && (
          <li>
            <Link {...signInLink}>{t('notFound.signIn')}</Link>
          </li>
        )}
        <li>
          <Link {...reportsLink}>{t('notFound.list')}</Link>
        </li>
      </ul>
    </>
  )
}

function ReportView({ report, reportsLink, reportLink }: { report: ReportDetail } & Omit<Props, 'reportId' | 'viewer' | 'signInLink'>) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  const queryClient = useQueryClient()
  const actions = reportActions(report)
  // whether the texts' form has unsaved changes (ReportEditing says), for the actions bar
  const [dirty, setDirty] = useState(false)
  const reload = () => queryClient.fetchQuery({ ...getReportQueryOptions(report.id), staleTime: 0 })
  const { period } = report

  return (
    <article className="report" aria-labelledby="report-heading">
      <p className="report-back">
        <Link {...reportsLink}>{t('report.back')}</Link>
      </p>
      <h1 id="report-heading" lang={CONTENT_LANGUAGE} tabIndex={-1}>
        {report.title}
      </h1>
      <p>
        <ReportStatusTag report={report} />
      </p>
      <RecordNotice report={report} />
      <dl className="report-facts">
        <div>
          <dt>{t('report.period')}</dt>
          <dd lang={CONTENT_LANGUAGE}>
            {period.name} ({formatDate(period.startsOn, locale)} – {formatDate(period.endsOn, locale)})
          </dd>
        </div>
        <div>
          <dt>{t('report.strategy')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{report.strategy.name}</dd>
        </div>
        <div>
          <dt>{t('report.computedAt')}</dt>
          <dd>{formatDateTime(report.computedAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('report.author')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{report.author.name}</dd>
        </div>
        <div>
          <dt>{t('report.approval')}</dt>
          <dd>
            {report.approvedAt ? (
              <>
                {formatDate(report.approvedAt, locale)}
                {report.approvedBy && (
                  <>
                    , <span lang={CONTENT_LANGUAGE}>{report.approvedBy.name}</span>
                  </>
                )}
              </>
            ) : (
              t('report.notApproved')
            )}
          </dd>
        </div>
      </dl>
      <h2 className="report-downloads-heading">{t('report.downloads')}</h2>
      <DownloadLinks path={`/reports/${report.id}/export`} label={report.title} />
      <ReportActionsBar report={report} actions={actions} dirty={actions.edit && dirty} onReload={reload} headingId="report-heading" />
      <ReportContents />
      {actions.edit ? (
        <Suspense fallback={<LoadingState>{t('report.loading')}</LoadingState>}>
          <ReportEditing report={report} reportLink={reportLink} onDirtyChange={setDirty} />
        </Suspense>
      ) : (
        <ReportBody
          report={report}
          reportLink={reportLink}
          summary={
            report.summary.trim() ? (
              <p className="report-text" lang={CONTENT_LANGUAGE}>
                {report.summary}
              </p>
            ) : (
              <p className="report-none">{t('report.noSummary')}</p>
            )
          }
          analysis={(goal) => <AnalysisText text={report.analyses[String(goal.goalId)]} />}
        />
      )}
    </article>
  )
}

/** Draft or public record, said in words at the top. */
function RecordNotice({ report }: { report: ReportDetail }) {
  const { t } = useTranslation('reports')
  const { locale } = useLanguage()
  if (report.status === 'approved')
    return (
      <p className="report-notice report-notice-approved">
        {t('report.publicRecord', { date: report.approvedAt ? formatDate(report.approvedAt, locale) : '' })}
      </p>
    )
  if (report.archivedAt) return <p className="report-notice report-notice-draft">{t('report.archivedNotice')}</p>
  return (
    <p className="report-notice report-notice-draft">
      {t('report.draftNotice', { computedAt: formatDateTime(report.computedAt, locale) })}
    </p>
  )
}
