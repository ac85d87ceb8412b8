import { queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUp, FollowUpState, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type FollowUpsQuery = { periodId: number; state: FollowUpState; pageSize: 1 }

/** GET /follow-ups?periodId=&state=&pageSize=1 — how many follow-ups of the period are in a state (the page's `total`). */
export const getFollowUps = (query: FollowUpsQuery, signal?: AbortSignal) => api.get<Page<FollowUp>>('/follow-ups', query, signal)

export const getFollowUpsQueryOptions = (query: FollowUpsQuery) =>
  queryOptions({
    queryKey: ['follow-ups', query],
    queryFn: ({ signal }) => getFollowUps(query, signal),
  })

export const useFollowUps = (query: FollowUpsQuery) => useQuery(getFollowUpsQueryOptions(query))
