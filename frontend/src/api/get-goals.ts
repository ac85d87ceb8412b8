import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Goal, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

// A strategy has tens of goals and sub-goals (delmål): all of them fit in the API's largest page.
export type GoalsQuery = { strategyId: number; pageSize: 200 }

/** GET /goals?strategyId= — the strategy's goals and sub-goals alike (not archived). */
export const getGoals = (query: GoalsQuery, signal?: AbortSignal) => api.get<Page<Goal>>('/goals', query, signal)

export const getGoalsQueryOptions = (strategyId: number) => {
  const query: GoalsQuery = { strategyId, pageSize: 200 }
  return queryOptions({
    queryKey: ['goals', query],
    queryFn: ({ signal }) => getGoals(query, signal),
  })
}

export const useGoals = (strategyId: number, enabled = true) => useQuery({ ...getGoalsQueryOptions(strategyId), enabled })
