import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUp, FollowUpState, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type ReviewQueueQuery = {
  strategyId: number
  periodId?: number
  organisationId?: number
  goalId?: number
  state?: FollowUpState
  page: number
  pageSize: number
}

/** GET /follow-ups (search): the review queue, filtered. */
export const getFollowUps = (query: ReviewQueueQuery, signal?: AbortSignal) => api.get<Page<FollowUp>>('/follow-ups', query, signal)

export const getFollowUpsQueryOptions = (query: ReviewQueueQuery) =>
  queryOptions({
    queryKey: ['follow-ups', query],
    queryFn: ({ signal }) => getFollowUps(query, signal),
  })

/** The queue; while a new filter loads, the previous list stays (marked busy) instead of blinking away. */
export const useFollowUps = (query: ReviewQueueQuery) => useQuery({ ...getFollowUpsQueryOptions(query), placeholderData: keepPreviousData })

/** GET /follow-ups/:id */
export const getFollowUp = (id: number, signal?: AbortSignal) => api.get<FollowUp>(`/follow-ups/${id}`, undefined, signal)

export const getFollowUpQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['follow-ups', id],
    queryFn: ({ signal }) => getFollowUp(id, signal),
  })

export const useFollowUp = (id: number) => useQuery(getFollowUpQueryOptions(id))
