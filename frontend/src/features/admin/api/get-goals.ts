import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Goal, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type GoalsQuery = { strategyId: number; includeArchived?: boolean; pageSize?: number }

/** GET /goals */
export const getGoals = (query: GoalsQuery, signal?: AbortSignal) => api.get<Page<Goal>>('/goals', query, signal)

export const getGoalsQueryOptions = (query: GoalsQuery) => queryOptions({ queryKey: ['goals', query], queryFn: ({ signal }) => getGoals(query, signal) })

export const useGoals = (query: GoalsQuery) => useQuery(getGoalsQueryOptions(query))

/** GET /goals/:id */
export const getGoal = (id: number) => api.get<Goal>(`/goals/${id}`)
