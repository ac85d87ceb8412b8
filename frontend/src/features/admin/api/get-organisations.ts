import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { Organisation, OrganisationKind, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type OrganisationsQuery = { search?: string; kind?: OrganisationKind; includeArchived?: boolean; page?: number; pageSize?: number }

/** GET /organisations */
export const getOrganisations = (query: OrganisationsQuery, signal?: AbortSignal) => api.get<Page<Organisation>>('/organisations', query, signal)

export const getOrganisationsQueryOptions = (query: OrganisationsQuery) =>
  queryOptions({ queryKey: ['organisations', query], queryFn: ({ signal }) => getOrganisations(query, signal) })

/** A filtered page; the previous page stays on screen while the next one loads (typing in the search box). */
export const useOrganisations = (query: OrganisationsQuery) => useQuery({ ...getOrganisationsQueryOptions(query), placeholderData: keepPreviousData })

/** GET /organisations/:id */
export const getOrganisation = (id: number) => api.get<Organisation>(`/organisations/${id}`)
