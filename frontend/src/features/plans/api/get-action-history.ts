import { queryOptions, useQuery } from '@tanstack/react-query'
import type { HistoryEvent, Page } from '@uppfoljning/contract'
import { planActionKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'
import { ALL } from './get-plan-actions'

/** GET /plan-actions/:id/history — newest first, with the action's measure and co-owner links. */
export const getActionHistory = (actionId: number, signal?: AbortSignal) =>
  api.get<Page<HistoryEvent>>(`/plan-actions/${actionId}/history`, { pageSize: ALL }, signal)

export const getActionHistoryQueryOptions = (actionId: number) =>
  queryOptions({
    queryKey: planActionKeys.history(actionId),
    queryFn: ({ signal }) => getActionHistory(actionId, signal),
    // a change is seen at once after saving: the mutations invalidate it, and it is cheap
    staleTime: 0,
  })

export const useActionHistory = (actionId: number) => useQuery(getActionHistoryQueryOptions(actionId))
