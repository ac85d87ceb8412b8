import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { FollowUp, Page } from '@uppfoljning/contract'
import { invalidateAfterWrite } from '@/api/invalidation'
import { planActionKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /plan-actions/:id/follow-ups?periodId — the action's follow-up for the period (at most one), or null. */
export const getActionFollowUp = async (actionId: number, periodId: number, signal?: AbortSignal) =>
  (await api.get<Page<FollowUp>>(`/plan-actions/${actionId}/follow-ups`, { periodId }, signal)).items[0] ?? null

export const getActionFollowUpQueryOptions = (actionId: number, periodId: number) =>
  queryOptions({
    queryKey: planActionKeys.followUps(actionId, periodId),
    queryFn: ({ signal }) => getActionFollowUp(actionId, periodId, signal),
    // the form holds the draft while it is open; the stored one is written into the cache after each save
    staleTime: 0,
    refetchOnWindowFocus: false,
  })

export const useActionFollowUp = (actionId: number, periodId: number) => useQuery(getActionFollowUpQueryOptions(actionId, periodId))

/**
 * A follow-up the API just returned (after a save or the submit): into the cache, and what shows it is stale (the
 * lists, the reporting status and the results views: api/invalidation.ts).
 */
export function storeFollowUp(queryClient: QueryClient, followUp: FollowUp) {
  queryClient.setQueryData(planActionKeys.followUps(followUp.actionId, followUp.periodId), followUp)
  void invalidateAfterWrite(queryClient, 'follow-up')
}
