import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { Organisation, OrganisationKind, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { organisationKeys } from './query-keys'

export type OrganisationsQuery = { search?: string; kind?: OrganisationKind; includeArchived?: boolean; page?: number; pageSize?: number }

/** GET /organisations?search=&kind=&includeArchived=&page=&pageSize= */
export const getOrganisations = (query: OrganisationsQuery, signal?: AbortSignal) =>
  api.get<Page<Organisation>>('/organisations', query, signal)

export const getOrganisationsQueryOptions = (query: OrganisationsQuery) =>
  queryOptions({ queryKey: organisationKeys.list(query), queryFn: ({ signal }) => getOrganisations(query, signal) })

/** A filtered page; the previous page stays on screen while the next one loads (typing in the search box). */
export const useOrganisations = (query: OrganisationsQuery) =>
  useQuery({ ...getOrganisationsQueryOptions(query), placeholderData: keepPreviousData })

// The county's 26 municipalities, their district areas and a handful of authorities: one page of the largest size.
const ALL: OrganisationsQuery = { pageSize: 200 }

/** Every organisation that is not archived (for pickers, filters and names). */
export const getAllOrganisationsQueryOptions = () => getOrganisationsQueryOptions(ALL)

export const useAllOrganisations = (enabled = true) => useQuery({ ...getAllOrganisationsQueryOptions(), enabled })
