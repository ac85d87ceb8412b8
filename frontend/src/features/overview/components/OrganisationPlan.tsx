import type { Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useImplementationPlans } from '@/api/get-implementation-plans'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatYearRange } from '@/lib/format'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'
import type { OverviewLinks } from '../links'

/** The organisation's implementation plan(s) for the strategy, each a link to the plan. */
export function OrganisationPlan({
  organisationId,
  strategy,
  links,
}: {
  organisationId: number
  strategy: Strategy
  links: OverviewLinks
}) {
  const { t } = useTranslation('overview')
  const plans = useImplementationPlans({ organisationId, strategyId: strategy.id })
  let body
  if (plans.isPending) body = <LoadingState>{t('coordinator.plan.loading')}</LoadingState>
  else if (plans.isError) body = <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
  else if (plans.data.items.length === 0) body = <p>{t('coordinator.plan.none')}</p>
  else
    body = (
      <ul className="overview-list">
        {plans.data.items.map((plan) => (
          <li key={plan.id}>
            <Link {...links.plan(plan.id)} lang={CONTENT_LANGUAGE}>
              {plan.title}
            </Link>{' '}
            <span className="overview-meta">
              {formatYearRange(plan.startYear, plan.endYear)}, {t(`coordinator.plan.statuses.${plan.status}`)},{' '}
              {t('coordinator.plan.actions', { count: plan.actionCount })}
            </span>
          </li>
        ))}
      </ul>
    )
  return (
    <>
      <h3>{t('coordinator.plan.heading')}</h3>
      {body}
    </>
  )
}
