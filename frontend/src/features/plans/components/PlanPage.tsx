import type { LinkOptions } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { Link } from '@/components/ui/Link'
import { useDocumentTitle } from '@/lib/page-title'
import { usePlan } from '../api/get-plan'
import { PlanActions } from './PlanActions'
import { PlanSummary } from './PlanSummary'
import '../plans.css'

type Props = {
  planId: number
  plansLink: LinkOptions
  followUpLink: (actionId: number, periodId: number) => LinkOptions
}

/** /planer/:planId — one implementation plan and its actions. */
export function PlanPage({ planId, plansLink, followUpLink }: Props) {
  const { t } = useTranslation('plans')
  const plan = usePlan(planId)
  useDocumentTitle(
    plan.data ? t('plan.documentTitle', { title: plan.data.title, organisation: plan.data.organisationName }) : t('plan.pageTitle'),
  )

  let body
  if (plan.isPending) body = <LoadingState>{t('plan.loading')}</LoadingState>
  else if (plan.isError)
    body = (
      <>
        <h1>{t('plan.pageTitle')}</h1>
        <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
      </>
    )
  else
    body = (
      <>
        <PlanSummary plan={plan.data} />
        <PlanActions plan={plan.data} followUpLink={followUpLink} />
      </>
    )

  return (
    <>
      <p className="back-link">
        <Link {...plansLink}>{t('plan.back')}</Link>
      </p>
      {body}
    </>
  )
}
