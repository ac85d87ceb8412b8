import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { FollowUp, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /plan-actions/:id/follow-ups?periodId — the action's follow-up for the period (at most one), or null. */
export const getActionFollowUp = async (actionId: number, periodId: number, signal?: AbortSignal) =>
  (await api.get<Page<FollowUp>>(`/plan-actions/${actionId}/follow-ups`, { periodId }, signal)).items[0] ?? null

export const actionFollowUpKey = (actionId: number, periodId: number) => ['plan-actions', actionId, 'follow-ups', { periodId }] as const

export const getActionFollowUpQueryOptions = (actionId: number, periodId: number) =>
  queryOptions({
    queryKey: actionFollowUpKey(actionId, periodId),
    queryFn: ({ signal }) => getActionFollowUp(actionId, periodId, signal),
    // the form holds the draft while it is open; the stored one is written into the cache after each save
    staleTime: 0,
    refetchOnWindowFocus: false,
  })

export const useActionFollowUp = (actionId: number, periodId: number) => useQuery(getActionFollowUpQueryOptions(actionId, periodId))

/** A follow-up the API just returned: into the cache, and the lists that show its state (the plan page) are stale. */
export function storeFollowUp(queryClient: QueryClient, followUp: FollowUp) {
  queryClient.setQueryData(actionFollowUpKey(followUp.actionId, followUp.periodId), followUp)
  // ['follow-ups', { periodId, organisationId }] — not the comments (['follow-ups', id, 'comments'])
  void queryClient.invalidateQueries({ queryKey: ['follow-ups', { periodId: followUp.periodId }] })
}
