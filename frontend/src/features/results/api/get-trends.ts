import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressTrends } from '@uppfoljning/contract'
import { progressKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /progress/trends?periodId= — every figure per period up to this one (county, goals, organisations, indicators). */
export const getTrends = (periodId: number, signal?: AbortSignal) => api.get<ProgressTrends>('/progress/trends', { periodId }, signal)

export const getTrendsQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: progressKeys.trends(periodId),
    queryFn: ({ signal }) => getTrends(periodId, signal),
  })

export const useTrends = (periodId: number) => useQuery(getTrendsQueryOptions(periodId))
