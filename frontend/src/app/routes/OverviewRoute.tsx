import { linkOptions } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/features/auth/api/get-session'
import { CoordinatorOverview } from '@/features/overview/components/CoordinatorOverview'
import { StaffOverview } from '@/features/overview/components/StaffOverview'
import { SteeringOverview } from '@/features/overview/components/SteeringOverview'
import type { OverviewLinks } from '@/features/overview/links'
import { useDocumentTitle } from '@/lib/page-title'

const links: OverviewLinks = {
  plan: (planId) => linkOptions({ to: '/planer/$planId', params: { planId } }),
  followUp: (actionId, periodId) => linkOptions({ to: '/aktiviteter/$actionId/uppfoljning/$periodId', params: { actionId, periodId } }),
  review: linkOptions({ to: '/granskning' }),
}

/** Start page, "Min översikt": what the signed-in user's role needs first (the signed-in route has checked the session). */
export function OverviewRoute() {
  const { t } = useTranslation('overview')
  useDocumentTitle(t('title'))
  const user = useSession().data?.user
  if (!user) return null
  return (
    <>
      <h1>{t('title')}</h1>
      {user.role === 'coordinator' && <CoordinatorOverview organisations={user.organisations} links={links} />}
      {user.role === 'opk_staff' && <StaffOverview links={links} />}
      {user.role === 'steering_group' && <SteeringOverview />}
    </>
  )
}
