import { queryOptions, useQuery } from '@tanstack/react-query'
import type { FollowUp, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

// An organisation has tens of actions at most: one page of the API's largest size holds their follow-ups.
export type OrganisationFollowUpsQuery = { periodId: number; organisationId: number; pageSize: 200 }

/** GET /follow-ups?periodId=&organisationId= — an organisation's follow-ups (own and co-owned actions) in a period. */
export const getOrganisationFollowUps = (query: OrganisationFollowUpsQuery, signal?: AbortSignal) =>
  api.get<Page<FollowUp>>('/follow-ups', query, signal)

export const getOrganisationFollowUpsQueryOptions = ({ periodId, organisationId }: { periodId: number; organisationId: number }) => {
  const query: OrganisationFollowUpsQuery = { periodId, organisationId, pageSize: 200 }
  return queryOptions({
    queryKey: ['follow-ups', query],
    queryFn: ({ signal }) => getOrganisationFollowUps(query, signal),
  })
}

export const useOrganisationFollowUps = (query: { periodId: number; organisationId: number }) =>
  useQuery(getOrganisationFollowUpsQueryOptions(query))
