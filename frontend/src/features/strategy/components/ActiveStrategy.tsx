import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { GoalList } from './GoalList'
import { StrategySummary } from './StrategySummary'

/** The strategy in force (status active) with its goals and measures. */
export function ActiveStrategy() {
  const { t } = useTranslation()
  const active = useActiveStrategy()

  if (active.isPending) return <LoadingState>{t('strategy.loading')}</LoadingState>
  if (active.isError) return <LoadError error={active.error} onRetry={() => void active.refetch()} />

  // Normally one strategy is in force; during a changeover the newest.
  const strategy = active.data
  if (!strategy) return <EmptyState>{t('strategy.empty')}</EmptyState>

  return (
    <>
      <StrategySummary strategy={strategy} />
      <GoalList strategyId={strategy.id} />
    </>
  )
}
