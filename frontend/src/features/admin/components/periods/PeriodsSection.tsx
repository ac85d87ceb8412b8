import type { PeriodStatus, ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useReportingPeriods } from '../../api/get-reporting-periods'
import { useStrategyInForce } from '../../api/get-strategies'
import { useUpdateReportingPeriod } from '../../api/save-reporting-period'
import { ActionProblem } from '../shared/ActionProblem'
import { DataTable } from '../shared/DataTable'
import { RowButton } from '../shared/RowButton'
import { useSectionState } from '../shared/section-state'
import { useConfirm } from '../shared/use-confirm'
import { PeriodForm } from './PeriodForm'

// A strategy has one period a year.
const ALL = 200

/** /administration/perioder: the reporting periods of the strategy in force; open and close them. */
export function PeriodsSection() {
  const { t } = useTranslation('admin')
  const strategy = useStrategyInForce()
  let body
  if (strategy.isPending) body = <LoadingState>{t('strategy.loading')}</LoadingState>
  else if (strategy.isError) body = <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  else if (!strategy.data) body = <EmptyState>{t('strategy.none')}</EmptyState>
  else body = <Periods strategy={strategy.data} />
  return (
    <>
      <h2>{t('sections.perioder.title')}</h2>
      {body}
    </>
  )
}

function Periods({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('admin')
  const { locale } = useLanguage()
  const section = useSectionState<{ period: ReportingPeriod | null }>()
  const confirm = useConfirm()
  const periods = useReportingPeriods({ strategyId: strategy.id, pageSize: ALL })
  const update = useUpdateReportingPeriod()

  const setStatus = (period: ReportingPeriod, status: PeriodStatus) =>
    update.mutate(
      { id: period.id, version: period.version, status },
      {
        onSuccess: () => section.announce(t(status === 'open' ? 'periods.opened' : 'periods.closed', { name: period.name })),
        onError: (error) => section.setProblem(error),
      },
    )
  const askToClose = (period: ReportingPeriod) =>
    confirm.ask({ title: t('periods.closeTitle', { name: period.name }), body: t('periods.closeBody'), confirmLabel: t('periods.closeConfirm'), onConfirm: () => setStatus(period, 'closed') })

  let list
  if (periods.isPending) list = <LoadingState>{t('periods.loading')}</LoadingState>
  else if (periods.isError) list = <LoadError error={periods.error} onRetry={() => void periods.refetch()} />
  else if (periods.data.items.length === 0) list = <EmptyState>{t('periods.empty')}</EmptyState>
  else
    list = (
      <DataTable caption={t('periods.caption', { count: periods.data.items.length })}>
        <thead>
          <tr>
            <th scope="col">{t('periods.name')}</th>
            <th scope="col">{t('periods.dates')}</th>
            <th scope="col">{t('periods.deadline')}</th>
            <th scope="col">{t('periods.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.data.items.map((period) => (
            <tr key={period.id}>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                {period.name}
              </th>
              <td>
                <time dateTime={period.startsOn}>{formatDate(period.startsOn, locale)}</time> – <time dateTime={period.endsOn}>{formatDate(period.endsOn, locale)}</time>
              </td>
              <td>
                <time dateTime={period.deadline}>{formatDate(period.deadline, locale)}</time>
              </td>
              <td>
                <span className={`admin-status admin-status-${period.status}`}>{t(`enums.periodStatus.${period.status}`)}</span>
              </td>
              <td>
                <div className="admin-row-actions">
                  <RowButton label={t('list.edit')} row={t('periods.row', { name: period.name })} onClick={() => section.open({ period })} />
                  {period.status === 'open' ? (
                    <RowButton label={t('periods.close')} row={t('periods.row', { name: period.name })} onClick={() => askToClose(period)} />
                  ) : (
                    <RowButton label={t('periods.open')} row={t('periods.row', { name: period.name })} onClick={() => setStatus(period, 'open')} />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    )

  const current = section.current
  return (
    <>
      <p>
        {t('periods.intro')} <span lang={CONTENT_LANGUAGE}>{strategy.name}</span>.
      </p>
      <StatusMessage>{section.message}</StatusMessage>
      {section.problem ? (
        <ActionProblem
          error={section.problem}
          onReload={() => {
            section.setProblem(null)
            void periods.refetch()
          }}
        />
      ) : null}
      <div className="admin-toolbar">
        <button type="button" className="button" onClick={() => section.open({ period: null })}>
          {t('periods.new')}
        </button>
      </div>
      {current && <PeriodForm key={current.period?.id ?? 'new'} strategyId={strategy.id} periods={periods.data?.items ?? []} period={current.period} section={section} />}
      {list}
      {confirm.dialog}
      {section.dialog}
    </>
  )
}
