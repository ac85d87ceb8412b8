import { queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUp, FollowUpState, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type FollowUpsQuery = { periodId: number; organisationId?: number; state?: FollowUpState; pageSize: number }

/** GET /follow-ups (search): an organisation's follow-ups of a period, or a count of them by state (pageSize 1). */
export const getFollowUps = (query: FollowUpsQuery, signal?: AbortSignal) => api.get<Page<FollowUp>>('/follow-ups', query, signal)

export const getFollowUpsQueryOptions = (query: FollowUpsQuery) =>
  queryOptions({
    queryKey: ['follow-ups', query],
    queryFn: ({ signal }) => getFollowUps(query, signal),
  })

export const useFollowUps = (query: FollowUpsQuery) => useQuery(getFollowUpsQueryOptions(query))
