import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ImplementationPlan, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type ImplementationPlansQuery = { organisationId: number; strategyId: number }

/** GET /implementation-plans?organisationId=&strategyId= */
export const getImplementationPlans = (query: ImplementationPlansQuery, signal?: AbortSignal) =>
  api.get<Page<ImplementationPlan>>('/implementation-plans', query, signal)

export const getImplementationPlansQueryOptions = (query: ImplementationPlansQuery) =>
  queryOptions({
    queryKey: ['implementation-plans', query],
    queryFn: ({ signal }) => getImplementationPlans(query, signal),
  })

export const useImplementationPlans = (query: ImplementationPlansQuery) => useQuery(getImplementationPlansQueryOptions(query))
