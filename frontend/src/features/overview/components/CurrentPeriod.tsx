import type { ReportingPeriod, Strategy } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { useReportingPeriods } from '@/api/get-reporting-periods'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { latestReportedPeriod, openPeriod } from '@/lib/periods'

export type Current = { strategy: Strategy; period: ReportingPeriod | null }

type Props = {
  /** the open period only (what coordinators report on); else the open one or, when none is, the latest closed one */
  openOnly: boolean
  children: (current: Current) => ReactNode
}

/** Loads the strategy in force and its periods, then shows `children` for the period the overview is about. */
export function CurrentPeriod({ openOnly, children }: Props) {
  const { t } = useTranslation('overview')
  const strategy = useActiveStrategy()
  if (strategy.isPending) return <LoadingState>{t('period.loading')}</LoadingState>
  if (strategy.isError) return <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  if (!strategy.data) return <EmptyState>{t('period.noStrategy')}</EmptyState>
  return (
    <Periods strategy={strategy.data} openOnly={openOnly}>
      {children}
    </Periods>
  )
}

function Periods({ strategy, openOnly, children }: Props & { strategy: Strategy }) {
  const { t } = useTranslation('overview')
  const periods = useReportingPeriods(strategy.id)
  if (periods.isPending) return <LoadingState>{t('period.loading')}</LoadingState>
  if (periods.isError) return <LoadError error={periods.error} onRetry={() => void periods.refetch()} />
  const period = openOnly ? openPeriod(periods.data.items) : latestReportedPeriod(periods.data.items)
  return children({ strategy, period })
}
