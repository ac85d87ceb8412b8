import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, PlanAction } from '@uppfoljning/contract'
import { planKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** The API's largest page: a plan has tens of actions, so one page holds them all (the list says if not). */
export const ALL = 200

/** GET /implementation-plans/:id/actions */
export const getPlanActions = (planId: number, signal?: AbortSignal) =>
  api.get<Page<PlanAction>>(`/implementation-plans/${planId}/actions`, { pageSize: ALL }, signal)

export const getPlanActionsQueryOptions = (planId: number) =>
  queryOptions({
    queryKey: planKeys.actions(planId),
    queryFn: ({ signal }) => getPlanActions(planId, signal),
  })

export const usePlanActions = (planId: number) => useQuery(getPlanActionsQueryOptions(planId))
