import { getRouteApi, linkOptions } from '@tanstack/react-router'
import { PlanPage } from '@/features/plans/components/PlanPage'

const route = getRouteApi('/signed-in/planer/$planId')

/** /planer/:planId: one implementation plan with its actions; its coordinators add, change and archive actions. */
export function PlanRoute() {
  const { planId } = route.useParams()
  return (
    <PlanPage
      key={planId}
      planId={planId}
      plansLink={linkOptions({ to: '/planer' })}
      followUpLink={(actionId, periodId) =>
        linkOptions({ to: '/aktiviteter/$actionId/uppfoljning/$periodId', params: { actionId, periodId } })
      }
    />
  )
}
