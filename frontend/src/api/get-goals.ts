import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Goal, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { goalKeys } from './query-keys'

// A strategy has tens of goals and sub-goals (delmål): all of them fit in the API's largest page.
const PAGE_SIZE = 200

export type GoalsQuery = { strategyId: number; pageSize: typeof PAGE_SIZE; includeArchived?: true }

/** GET /goals?strategyId=[&includeArchived=true] — the strategy's goals and sub-goals alike. */
export const getGoals = (query: GoalsQuery, signal?: AbortSignal) => api.get<Page<Goal>>('/goals', query, signal)

/** The strategy's goals (not archived; with `includeArchived`, those too: the administration's list). */
export const getGoalsQueryOptions = (strategyId: number, includeArchived = false) => {
  const query: GoalsQuery = { strategyId, pageSize: PAGE_SIZE, ...(includeArchived && { includeArchived }) }
  return queryOptions({
    queryKey: goalKeys.list(query),
    queryFn: ({ signal }) => getGoals(query, signal),
  })
}

export const useGoals = (strategyId: number, includeArchived = false) => useQuery(getGoalsQueryOptions(strategyId, includeArchived))
