import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { useStrategies } from '../api/get-strategies'
import { GoalList } from './GoalList'
import { StrategySummary } from './StrategySummary'

/** The strategy in force (status active) with its goals and measures. */
export function ActiveStrategy() {
  const { t } = useTranslation()
  const strategies = useStrategies({ status: 'active' })

  if (strategies.isPending) return <LoadingState>{t('strategy.loading')}</LoadingState>
  if (strategies.isError) return <LoadError error={strategies.error} onRetry={() => void strategies.refetch()} />

  // Normally one strategy is in force; during a changeover show the newest.
  const strategy = [...strategies.data.items].sort((a, b) => b.startYear - a.startYear)[0]
  if (!strategy) return <EmptyState>{t('strategy.empty')}</EmptyState>

  return (
    <>
      <StrategySummary strategy={strategy} />
      <GoalList strategyId={strategy.id} />
    </>
  )
}
