import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Organisation, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

// The county's 26 municipalities, their district areas and a handful of authorities: one page of the largest size.
const query = { pageSize: 200 } as const

/** GET /organisations — every organisation that is not archived (for pickers, filters and names). */
export const getAllOrganisations = (signal?: AbortSignal) => api.get<Page<Organisation>>('/organisations', query, signal)

export const getAllOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', query],
    queryFn: ({ signal }) => getAllOrganisations(signal),
  })

export const useAllOrganisations = (enabled = true) => useQuery({ ...getAllOrganisationsQueryOptions(), enabled })
