import type { ImplementationPlan, Strategy } from '@uppfoljning/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStrategy } from '@/api/get-active-strategy'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { TextField } from '@/components/ui/TextField'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { ALL } from '../api/get-plan-actions'
import { usePlans } from '../api/get-plans'
import { matches } from '../text-match'
import type { Viewer } from '../viewer'
import { PlanTable } from './PlanTable'
import '../plans.css'

type Props = { viewer: Viewer; planHref: (planId: number) => string }

/** /planer — the implementation plans of the strategy in force; a coordinator's own organisations' plans first. */
export function PlanList({ viewer, planHref }: Props) {
  const { t } = useTranslation('plans')
  const strategy = useActiveStrategy()
  if (strategy.isPending) return <LoadingState>{t('list.loading')}</LoadingState>
  if (strategy.isError) return <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />
  if (!strategy.data) return <EmptyState>{t('list.noStrategy')}</EmptyState>
  return <StrategyPlans strategy={strategy.data} viewer={viewer} planHref={planHref} />
}

function StrategyPlans({ strategy, viewer, planHref }: Props & { strategy: Strategy }) {
  const { t } = useTranslation('plans')
  const { t: tApp } = useTranslation()
  const plans = usePlans({ strategyId: strategy.id, pageSize: ALL })
  const [filter, setFilter] = useState('')

  let body
  if (plans.isPending) body = <LoadingState>{t('list.loading')}</LoadingState>
  else if (plans.isError) body = <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
  else if (plans.data.items.length === 0) body = <EmptyState>{t('list.empty')}</EmptyState>
  else {
    const { items, total } = plans.data
    const shown = filter.trim() ? items.filter((p) => matches(p.organisationName, filter)) : items
    const own = (plan: ImplementationPlan) => viewer.organisationIds.includes(plan.organisationId)
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
            errorPrefix={tApp('form.errorPrefix')}
          />
        </div>
        <StatusMessage>{filter.trim() ? t('list.showing', { shown: shown.length, total: items.length }) : ''}</StatusMessage>
        {total > items.length && <p className="notice">{t('list.truncated', { shown: items.length, total })}</p>}
        {shown.length === 0 && <EmptyState>{t('list.noMatch', { filter: filter.trim() })}</EmptyState>}
        {ownPlans.length > 0 && <PlanTable caption={t('list.ownCaption')} plans={ownPlans} planHref={planHref} />}
        {otherPlans.length > 0 && <PlanTable caption={hasOwn ? t('list.otherCaption') : t('list.allCaption')} plans={otherPlans} planHref={planHref} />}
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
