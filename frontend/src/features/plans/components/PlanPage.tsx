import { useTranslation } from 'react-i18next'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { Link } from '@/lib/navigation'
import { useDocumentTitle } from '@/lib/page-title'
import { usePlan } from '../api/get-plan'
import type { Viewer } from '../viewer'
import { PlanActions } from './PlanActions'
import { PlanSummary } from './PlanSummary'
import '../plans.css'

type Props = {
  planId: number
  viewer: Viewer
  plansHref: string
  followUpHref: (actionId: number, periodId: number) => string
}

/** /planer/:planId — one implementation plan and its actions. */
export function PlanPage({ planId, viewer, plansHref, followUpHref }: Props) {
  const { t } = useTranslation('plans')
  const plan = usePlan(planId)
  useDocumentTitle(plan.data ? t('plan.documentTitle', { title: plan.data.title, organisation: plan.data.organisationName }) : t('plan.pageTitle'))

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
        <PlanActions plan={plan.data} viewer={viewer} followUpHref={followUpHref} />
      </>
    )

  return (
    <>
      <p className="back-link">
        <Link href={plansHref}>{t('plan.back')}</Link>
      </p>
      {body}
    </>
  )
}
