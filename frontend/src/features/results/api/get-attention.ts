import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressAttention } from '@uppfoljning/contract'
import { progressKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /progress/attention?periodId= — the county's attention flags for the period. */
export const getAttention = (periodId: number, signal?: AbortSignal) =>
  api.get<ProgressAttention>('/progress/attention', { periodId }, signal)

export const getAttentionQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: progressKeys.attention(periodId),
    queryFn: ({ signal }) => getAttention(periodId, signal),
  })

export const useAttention = (periodId: number) => useQuery(getAttentionQueryOptions(periodId))
