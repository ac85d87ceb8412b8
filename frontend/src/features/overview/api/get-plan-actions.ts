import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, PlanAction } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** An organisation's own and co-owned actions in a strategy. Its largest plan has about a dozen: one page of 200 holds them. */
export type PlanActionsQuery = { organisationId: number; strategyId: number; pageSize: 200 }

/** GET /plan-actions?organisationId=&strategyId= */
export const getPlanActions = (query: PlanActionsQuery, signal?: AbortSignal) => api.get<Page<PlanAction>>('/plan-actions', query, signal)

export const getPlanActionsQueryOptions = (query: PlanActionsQuery) =>
  queryOptions({
    queryKey: ['plan-actions', query],
    queryFn: ({ signal }) => getPlanActions(query, signal),
  })

export const usePlanActions = (query: PlanActionsQuery) => useQuery(getPlanActionsQueryOptions(query))
