import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Goal, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /goals?strategyId= — goals and sub-goals alike (tens of them: one page of the largest size). */
export const getGoals = (strategyId: number, signal?: AbortSignal) => api.get<Page<Goal>>('/goals', { strategyId, pageSize: 200 }, signal)

export const getGoalsQueryOptions = (strategyId: number) =>
  queryOptions({
    queryKey: ['goals', { strategyId, pageSize: 200 }],
    queryFn: ({ signal }) => getGoals(strategyId, signal),
  })

export const useGoals = (strategyId: number) => useQuery(getGoalsQueryOptions(strategyId))
