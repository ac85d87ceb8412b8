import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUp, FollowUpState, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { followUpKeys } from './query-keys'
import { PAGE_SIZE_MAX } from '@uppfoljning/contract'

export type FollowUpsQuery = {
  strategyId?: number
  periodId?: number
  organisationId?: number
  goalId?: number
  state?: FollowUpState
  page?: number
  pageSize?: number
}

/**
 * GET /follow-ups?… (search): the review queue, an organisation's follow-ups in a period (own and co-owned
 * actions), or with `pageSize: 1` how many are in a state (the page's `total`).
 */
export const getFollowUps = (query: FollowUpsQuery, signal?: AbortSignal) => api.get<Page<FollowUp>>('/follow-ups', query, signal)

export const getFollowUpsQueryOptions = (query: FollowUpsQuery) =>
  queryOptions({
    queryKey: followUpKeys.list(query),
    queryFn: ({ signal }) => getFollowUps(query, signal),
  })

/** While another query loads, the previous list stays (marked busy) instead of blinking away. */
export const useFollowUps = (query: FollowUpsQuery) => useQuery({ ...getFollowUpsQueryOptions(query), placeholderData: keepPreviousData })

// An organisation has tens of actions at most: one page of the API's largest size holds their follow-ups.
/** An organisation's follow-ups (own and co-owned actions) in a period. */
export const getOrganisationFollowUpsQueryOptions = ({ periodId, organisationId }: { periodId: number; organisationId: number }) =>
  getFollowUpsQueryOptions({ periodId, organisationId, pageSize: PAGE_SIZE_MAX })

export const useOrganisationFollowUps = (query: { periodId: number; organisationId: number }) =>
  useQuery(getOrganisationFollowUpsQueryOptions(query))

/** GET /follow-ups/:id */
export const getFollowUp = (id: number, signal?: AbortSignal) => api.get<FollowUp>(`/follow-ups/${id}`, undefined, signal)

export const getFollowUpQueryOptions = (id: number) =>
  queryOptions({
    queryKey: followUpKeys.detail(id),
    queryFn: ({ signal }) => getFollowUp(id, signal),
  })

export const useFollowUp = (id: number) => useQuery(getFollowUpQueryOptions(id))
