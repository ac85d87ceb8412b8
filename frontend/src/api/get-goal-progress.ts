import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressGoals } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { progressKeys } from './query-keys'

/** GET /progress/goals?periodId= — per goal (sub-goals nested) and county-wide: implementation, coverage, indicators. */
export const getGoalProgress = (periodId: number, signal?: AbortSignal) => api.get<ProgressGoals>('/progress/goals', { periodId }, signal)

export const getGoalProgressQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: progressKeys.goals(periodId),
    queryFn: ({ signal }) => getGoalProgress(periodId, signal),
  })

export const useGoalProgress = (periodId: number) => useQuery(getGoalProgressQueryOptions(periodId))
