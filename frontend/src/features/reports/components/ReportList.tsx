import type { LinkOptions } from '@tanstack/react-router'
import type { ReportDetail } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import { REPORTS_PAGE_SIZE, useReports } from '../api/get-reports'
import { mayCreateReport, seesDrafts, type ReportViewer } from '../report-actions'
import { NewReportForm } from './NewReportForm'
import { ReportStatusTag } from './ReportStatusTag'
import '../reports.css'

type Props = {
  viewer: ReportViewer
  reportLink: (reportId: number) => LinkOptions
  /** after OPK staff created a report: the route shows it */
  onCreated: (report: ReportDetail) => void
}

/** /lagesrapporter — every report, newest first (published ones for anyone, drafts too for the signed in); OPK staff start a new one. */
export function ReportList({ viewer, reportLink, onCreated }: Props) {
  const { t } = useTranslation('reports')
  const [includeArchived, setIncludeArchived] = useState(false)
  const archivedShown = includeArchived && seesDrafts(viewer)
  const reports = useReports({ pageSize: REPORTS_PAGE_SIZE, ...(archivedShown ? { includeArchived: true } : {}) })

  let body
  if (reports.isPending) body = <LoadingState>{t('list.loading')}</LoadingState>
  else if (reports.isError) body = <LoadError error={reports.error} onRetry={() => void reports.refetch()} />
  else if (reports.data.items.length === 0) body = <EmptyState>{seesDrafts(viewer) ? t('list.empty') : t('list.emptyPublic')}</EmptyState>
  else
    body = (
      <>
        {reports.data.total > reports.data.items.length && (
          <p className="notice">{t('list.truncated', { shown: reports.data.items.length, total: reports.data.total })}</p>
        )}
        <table className="report-table">
          <caption>{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.report')}</th>
              <th scope="col">{t('list.period')}</th>
              <th scope="col">{t('list.status')}</th>
              <th scope="col">{t('list.author')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.items.map((report) => (
              <tr key={report.id}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  <Link {...reportLink(report.id)}>{report.title}</Link>
                </th>
                <td data-label={t('list.period')} lang={CONTENT_LANGUAGE}>
                  {report.period.name}
                </td>
                <td data-label={t('list.status')}>
                  <ReportStatusTag report={report} />
                </td>
                <td data-label={t('list.author')} lang={CONTENT_LANGUAGE}>
                  {report.author.name}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )

  return (
    <>
      <h1>{t('pageTitle')}</h1>
      <p className="report-intro">{t('list.intro')}</p>
      {!seesDrafts(viewer) && <p>{t('list.publicOnly')}</p>}
      {seesDrafts(viewer) && (
        <div className="report-checkbox">
          <input
            id="reports-include-archived"
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.target.checked)}
          />
          <label htmlFor="reports-include-archived">{t('list.includeArchived')}</label>
        </div>
      )}
      {body}
      {/* once the list is in, so that the period offered first is one without a report */}
      {mayCreateReport(viewer) && !reports.isPending && <NewReportForm existing={reports.data?.items ?? []} onCreated={onCreated} />}
    </>
  )
}
