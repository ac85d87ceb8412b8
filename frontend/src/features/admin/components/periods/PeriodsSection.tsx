import type { PeriodStatus, ReportingPeriod, Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useReportingPeriods } from '@/api/get-reporting-periods'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useUpdateReportingPeriod } from '../../api/save-reporting-period'
import { ListTable } from '../shared/ListTable'
import { QueryList } from '../shared/QueryList'
import { SectionFrame } from '../shared/SectionFrame'
import { useSectionState } from '../shared/section-state'
import { StrategyInForce } from '../shared/StrategyInForce'
import { useConfirm } from '../shared/use-confirm'
import { PeriodForm } from './PeriodForm'

/** /administration/perioder: the reporting periods of the strategy in force; open and close them. */
export function PeriodsSection() {
  const { t } = useTranslation('admin')
  return <StrategyInForce title={t('sections.perioder.title')}>{(strategy) => <Periods strategy={strategy} />}</StrategyInForce>
}

function Periods({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('admin')
  const { locale } = useLanguage()
  const section = useSectionState<{ period: ReportingPeriod | null }>()
  const confirm = useConfirm()
  const periods = useReportingPeriods(strategy.id)
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
    confirm.ask({
      title: t('periods.closeTitle', { name: period.name }),
      body: t('periods.closeBody'),
      confirmLabel: t('periods.closeConfirm'),
      onConfirm: () => setStatus(period, 'closed'),
    })
  const date = (day: string) => <time dateTime={day}>{formatDate(day, locale)}</time>

  const current = section.current
  return (
    <>
      <p>
        {t('periods.intro')} <span lang={CONTENT_LANGUAGE}>{strategy.name}</span>.
      </p>
      <SectionFrame
        section={section}
        onReload={() => void periods.refetch()}
        newLabel={t('periods.new')}
        onNew={() => section.open({ period: null })}
        form={
          current && (
            <PeriodForm
              key={current.period?.id ?? 'new'}
              strategyId={strategy.id}
              periods={periods.data?.items ?? []}
              period={current.period}
              section={section}
            />
          )
        }
        confirmDialog={confirm.dialog}
      >
        <QueryList query={periods} loading={t('periods.loading')} empty={t('periods.empty')}>
          {(page) => (
            <ListTable
              caption={t('periods.caption', { count: page.items.length })}
              rows={page.items}
              columns={[
                { header: t('periods.name'), cell: (p) => p.name, rowHeader: true, content: true },
                {
                  header: t('periods.dates'),
                  cell: (p) => (
                    <>
                      {date(p.startsOn)} – {date(p.endsOn)}
                    </>
                  ),
                },
                { header: t('periods.deadline'), cell: (p) => date(p.deadline) },
                {
                  header: t('periods.status'),
                  cell: (p) => <span className={`admin-status admin-status-${p.status}`}>{t(`enums.periodStatus.${p.status}`)}</span>,
                },
              ]}
              rowName={(p) => t('periods.row', { name: p.name })}
              actions={(period) => [
                { label: t('list.edit'), onClick: () => section.open({ period }) },
                period.status === 'open'
                  ? { label: t('periods.close'), onClick: () => askToClose(period) }
                  : { label: t('periods.open'), onClick: () => setStatus(period, 'open') },
              ]}
            />
          )}
        </QueryList>
      </SectionFrame>
    </>
  )
}
