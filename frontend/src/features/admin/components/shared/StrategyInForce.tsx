import type { Strategy } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'

/** A section about the strategy in force: its heading, then `children` for the strategy, or why there is none. */
export function StrategyInForce({ title, children }: { title: string; children: (strategy: Strategy) => ReactNode }) {
  const { t } = useTranslation('admin')
  const strategy = useActiveStrategy()
  let body
  if (strategy.isPending) body = <LoadingState>{t('strategy.loading')}</LoadingState>
  else if (strategy.isError) body = <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  else if (!strategy.data) body = <EmptyState>{t('strategy.none')}</EmptyState>
  else body = children(strategy.data)
  return (
    <>
      <h2>{title}</h2>
      {body}
    </>
  )
}
