import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressOrganisationView } from '@uppfoljning/contract'
import { progressKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /progress/organisations/:id?periodId= — one organisation's plan held against the strategy. */
export const getOrganisationProgress = (organisationId: number, periodId: number, signal?: AbortSignal) =>
  api.get<ProgressOrganisationView>(`/progress/organisations/${organisationId}`, { periodId }, signal)

export const getOrganisationProgressQueryOptions = (organisationId: number, periodId: number) =>
  queryOptions({
    queryKey: progressKeys.organisation(organisationId, periodId),
    queryFn: ({ signal }) => getOrganisationProgress(organisationId, periodId, signal),
  })

export const useOrganisationProgress = (organisationId: number, periodId: number) =>
  useQuery(getOrganisationProgressQueryOptions(organisationId, periodId))
