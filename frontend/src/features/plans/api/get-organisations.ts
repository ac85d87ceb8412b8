import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Organisation, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { ALL } from './get-plan-actions'

/** GET /organisations — the possible co-owners of an action (the county has about 45). */
export const getOrganisations = (signal?: AbortSignal) => api.get<Page<Organisation>>('/organisations', { pageSize: ALL }, signal)

export const getOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', { pageSize: ALL }],
    queryFn: ({ signal }) => getOrganisations(signal),
  })

export const useOrganisations = (enabled = true) => useQuery({ ...getOrganisationsQueryOptions(), enabled })
