import { queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUp, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { ALL } from './get-plan-actions'

export type FollowUpsQuery = { periodId: number; organisationId: number }

/** GET /follow-ups?periodId&organisationId — an organisation's follow-ups (own and co-owned actions) for a period. */
export const getFollowUps = (query: FollowUpsQuery, signal?: AbortSignal) => api.get<Page<FollowUp>>('/follow-ups', { ...query, pageSize: ALL }, signal)

export const getFollowUpsQueryOptions = (query: FollowUpsQuery) =>
  queryOptions({
    queryKey: ['follow-ups', query],
    queryFn: ({ signal }) => getFollowUps(query, signal),
  })

export const useFollowUps = (query: FollowUpsQuery) => useQuery(getFollowUpsQueryOptions(query))
