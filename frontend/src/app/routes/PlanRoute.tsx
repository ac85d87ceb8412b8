import { useSession } from '@/features/auth/api/get-session'
import { PlanPage } from '@/features/plans/components/PlanPage'
import { viewerOf } from '@/features/plans/viewer'
import { useParams } from '@/lib/navigation'
import { href, paths } from '../site'
import { NotFoundRoute } from './NotFoundRoute'

/** /planer/:planId: one implementation plan with its actions; its coordinators add, change and archive actions. */
export function PlanRoute() {
  const planId = Number(useParams().planId)
  const viewer = viewerOf(useSession().data?.user)
  if (!Number.isInteger(planId) || planId <= 0) return <NotFoundRoute />
  return (
    <PlanPage
      key={planId}
      planId={planId}
      viewer={viewer}
      plansHref={paths.plans}
      followUpHref={(actionId, periodId) => href(paths.followUp, { actionId, periodId })}
    />
  )
}
