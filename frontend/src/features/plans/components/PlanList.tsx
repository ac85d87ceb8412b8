import type { LinkOptions } from '@tanstack/react-router'
import type { ImplementationPlan, Strategy } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { useImplementationPlans } from '@/api/get-implementation-plans'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { TextField } from '@/components/ui/TextField'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { matches } from '../text-match'
import { PlanTable } from './PlanTable'
import '../plans.css'

type Props = { planLink: (planId: number) => LinkOptions }

/** /planer — the implementation plans of the strategy in force; a coordinator's own organisations' plans first. */
export function PlanList({ planLink }: Props) {
  const { t } = useTranslation('plans')
  const strategy = useActiveStrategy()
  if (strategy.isPending) return <LoadingState>{t('list.loading')}</LoadingState>
  if (strategy.isError) return <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  if (!strategy.data) return <EmptyState>{t('list.noStrategy')}</EmptyState>
  return <StrategyPlans strategy={strategy.data} planLink={planLink} />
}

function StrategyPlans({ strategy, planLink }: Props & { strategy: Strategy }) {
  const { t } = useTranslation('plans')
  const plans = useImplementationPlans({ strategyId: strategy.id })
  const [filter, setFilter] = useState('')

  let body
  if (plans.isPending) body = <LoadingState>{t('list.loading')}</LoadingState>
  else if (plans.isError) body = <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
  else if (plans.data.items.length === 0) body = <EmptyState>{t('list.empty')}</EmptyState>
  else {
    const { items, total } = plans.data
    const shown = filter.trim() ? items.filter((p) => matches(p.organisationName, filter)) : items
    // the reader's own plans (a coordinator's organisations'): those the server lets them edit
    const own = (plan: ImplementationPlan) => plan.can.edit
    const ownPlans = shown.filter(own)
    const otherPlans = shown.filter((p) => !own(p))
    const hasOwn = items.some(own)
    body = (
      <>
        <div role="search" className="plan-filter">
          <TextField
            id="plan-filter"
            type="search"
            label={t('list.filter')}
            hint={t('list.filterHint')}
            autoComplete="off"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        <StatusMessage>{filter.trim() ? t('list.showing', { shown: shown.length, total: items.length }) : ''}</StatusMessage>
        {total > items.length && <p className="notice">{t('list.truncated', { shown: items.length, total })}</p>}
        {shown.length === 0 && <EmptyState>{t('list.noMatch', { filter: filter.trim() })}</EmptyState>}
        {ownPlans.length > 0 && <PlanTable caption={t('list.ownCaption')} plans={ownPlans} planLink={planLink} />}
        {otherPlans.length > 0 && (
          <PlanTable caption={hasOwn ? t('list.otherCaption') : t('list.allCaption')} plans={otherPlans} planLink={planLink} />
        )}
      </>
    )
  }

  return (
    <>
      <p>
        {t('list.intro')} <span lang={CONTENT_LANGUAGE}>{strategy.name}</span>.
      </p>
      {body}
    </>
  )
}
