import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Goal, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { ALL } from './get-plan-actions'

/** GET /goals?strategyId — the goals (and delmål) the measure picker groups by. */
export const getGoals = (strategyId: number, signal?: AbortSignal) => api.get<Page<Goal>>('/goals', { strategyId, pageSize: ALL }, signal)

export const getGoalsQueryOptions = (strategyId: number) =>
  queryOptions({
    // the strategy page asks the same question with the same key: one request for both
    queryKey: ['goals', { strategyId, pageSize: ALL }],
    queryFn: ({ signal }) => getGoals(strategyId, signal),
  })

export const useGoals = (strategyId: number, enabled = true) => useQuery({ ...getGoalsQueryOptions(strategyId), enabled })
