import { useSession } from '@/features/auth/api/get-session'
import { FollowUpPage } from '@/features/follow-ups/components/FollowUpPage'
import { viewerOf } from '@/features/follow-ups/viewer'
import { useParams } from '@/lib/navigation'
import { href, paths } from '../site'
import { NotFoundRoute } from './NotFoundRoute'

const isId = (value: number) => Number.isInteger(value) && value > 0

/** /aktiviteter/:actionId/uppfoljning/:periodId: an action's follow-up for a reporting period. */
export function FollowUpRoute() {
  const params = useParams()
  const actionId = Number(params.actionId)
  const periodId = Number(params.periodId)
  const viewer = viewerOf(useSession().data?.user)
  if (!isId(actionId) || !isId(periodId)) return <NotFoundRoute />
  return <FollowUpPage key={`${actionId}:${periodId}`} actionId={actionId} periodId={periodId} viewer={viewer} planHref={(planId) => href(paths.plan, { planId })} />
}
