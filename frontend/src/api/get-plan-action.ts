import { queryOptions, useQuery } from '@tanstack/react-query'
import type { PlanAction } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { planActionKeys } from './query-keys'

/** GET /plan-actions/:id */
export const getPlanAction = (actionId: number, signal?: AbortSignal) => api.get<PlanAction>(`/plan-actions/${actionId}`, undefined, signal)

export const getPlanActionQueryOptions = (actionId: number) =>
  queryOptions({
    queryKey: planActionKeys.detail(actionId),
    queryFn: ({ signal }) => getPlanAction(actionId, signal),
  })

export const usePlanAction = (actionId: number) => useQuery(getPlanActionQueryOptions(actionId))
