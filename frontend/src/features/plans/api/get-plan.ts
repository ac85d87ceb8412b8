import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ImplementationPlan } from '@uppfoljning/contract'
import { planKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /implementation-plans/:id */
export const getPlan = (planId: number, signal?: AbortSignal) =>
  api.get<ImplementationPlan>(`/implementation-plans/${planId}`, undefined, signal)

export const getPlanQueryOptions = (planId: number) =>
  queryOptions({
    queryKey: planKeys.detail(planId),
    queryFn: ({ signal }) => getPlan(planId, signal),
  })

export const usePlan = (planId: number) => useQuery(getPlanQueryOptions(planId))
