import type { OrganisationReportingStatus, ReportingPeriod } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatNumber } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useReportingStatus } from '../api/get-reporting-status'

type Column = 'organisation' | 'actions' | 'missing' | 'draft' | 'submitted' | 'returned' | 'approved'
type Direction = 'ascending' | 'descending'
type Sort = { column: Column; direction: Direction }

const numberColumns = ['actions', 'missing', 'draft', 'submitted', 'returned', 'approved'] as const satisfies Column[]

function value(row: OrganisationReportingStatus, column: Exclude<Column, 'organisation'>): number {
  return column === 'actions' || column === 'missing' ? row[column] : row.followUps[column]
}

function sorted(rows: OrganisationReportingStatus[], { column, direction }: Sort): OrganisationReportingStatus[] {
  const byName = (a: OrganisationReportingStatus, b: OrganisationReportingStatus) =>
    a.organisation.name.localeCompare(b.organisation.name, 'sv')
  const compare =
    column === 'organisation'
      ? byName
      : (a: OrganisationReportingStatus, b: OrganisationReportingStatus) => value(a, column) - value(b, column) || byName(a, b)
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => sign * compare(a, b))
}

/**
 * The reporting status of the period per organisation: due actions, those still without a follow-up, follow-ups by
 * state; the county's totals at the foot. Sortable by any column (a button in each column heading, aria-sort on the
 * sorted one, the new order announced); scrolls sideways inside its own box on a narrow screen.
 */
export function ReportingStatusTable({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation('overview')
  const { locale } = useLanguage()
  const status = useReportingStatus(period.id)
  const [sort, setSort] = useState<Sort>({ column: 'organisation', direction: 'ascending' })
  const [announced, setAnnounced] = useState('')

  const label = (column: Column) => t(`staff.status.columns.${column}`)
  const sortBy = (column: Column) => {
    // names read A–Ö first; counts biggest first (who has most left to do)
    const first: Direction = column === 'organisation' ? 'ascending' : 'descending'
    const direction: Direction = sort.column === column ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : first
    setSort({ column, direction })
    setAnnounced(t('staff.status.sorted', { column: label(column), direction: t(`staff.status.${direction}`) }))
  }

  let body
  if (status.isPending) body = <LoadingState>{t('staff.status.loading')}</LoadingState>
  else if (status.isError) body = <LoadError error={status.error} onRetry={() => void status.refetch()} />
  else if (status.data.organisations.length === 0) body = <EmptyState>{t('staff.status.empty')}</EmptyState>
  else {
    const { organisations, totals } = status.data
    const n = (count: number) => formatNumber(count, locale)
    body = (
      <>
        <p className="field-hint">{t('staff.status.sortHint')}</p>
        <div className="overview-table-scroll" role="region" aria-labelledby="overview-status-caption" tabIndex={0}>
          <table className="overview-table">
            <caption id="overview-status-caption">{t('staff.status.caption', { period: period.name })}</caption>
            <thead>
              <tr>
                {(['organisation', ...numberColumns] as Column[]).map((column) => (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={sort.column === column ? sort.direction : undefined}
                    className={column === 'organisation' ? undefined : 'number'}
                  >
                    <button type="button" className="overview-sort" onClick={() => sortBy(column)}>
                      {label(column)}
                      <span className="overview-sort-mark" aria-hidden="true">
                        {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted(organisations, sort).map((row) => (
                <tr key={row.organisation.id}>
                  <th scope="row" lang={CONTENT_LANGUAGE}>
                    {row.organisation.name}
                  </th>
                  {numberColumns.map((column) => (
                    <td key={column} className={column === 'missing' && row.missing > 0 ? 'number overview-attention' : 'number'}>
                      {n(value(row, column))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('staff.status.total')}</th>
                <td className="number">{n(totals.actions)}</td>
                <td className="number">{n(totals.missing)}</td>
                <td className="number">{n(totals.followUps.draft)}</td>
                <td className="number">{n(totals.followUps.submitted)}</td>
                <td className="number">{n(totals.followUps.returned)}</td>
                <td className="number">{n(totals.followUps.approved)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <StatusMessage>{announced}</StatusMessage>
      </>
    )
  }
  return (
    <section aria-labelledby="overview-status">
      <h2 id="overview-status">{t('staff.status.heading')}</h2>
      {body}
    </section>
  )
}
