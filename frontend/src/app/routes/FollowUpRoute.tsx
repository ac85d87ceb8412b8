import { getRouteApi, linkOptions } from '@tanstack/react-router'
import { FollowUpPage } from '@/features/follow-ups/components/FollowUpPage'

const route = getRouteApi('/signed-in/aktiviteter/$actionId/uppfoljning/$periodId')

/** /aktiviteter/:actionId/uppfoljning/:periodId: an action's follow-up for a reporting period. */
export function FollowUpRoute() {
  const { actionId, periodId } = route.useParams()
  return (
    <FollowUpPage
      key={`${actionId}:${periodId}`}
      actionId={actionId}
      periodId={periodId}
      planLink={(planId) => linkOptions({ to: '/planer/$planId', params: { planId } })}
    />
  )
}
