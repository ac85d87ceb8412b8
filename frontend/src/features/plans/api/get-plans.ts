import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ImplementationPlan, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type PlansQuery = { strategyId: number; pageSize?: number }

/** GET /implementation-plans */
export const getPlans = (query: PlansQuery, signal?: AbortSignal) => api.get<Page<ImplementationPlan>>('/implementation-plans', query, signal)

export const getPlansQueryOptions = (query: PlansQuery) =>
  queryOptions({
    queryKey: ['implementation-plans', query],
    queryFn: ({ signal }) => getPlans(query, signal),
  })

export const usePlans = (query: PlansQuery) => useQuery(getPlansQueryOptions(query))
