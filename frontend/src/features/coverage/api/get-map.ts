import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressMap } from '@uppfoljning/contract'
import { progressKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** The map's subject: a goal (with its sub-goals), a measure, or neither (the whole strategy). */
export type MapQuery = { periodId: number; goalId?: number; measureId?: number }

/** GET /progress/map?periodId=&goalId=|measureId= — each municipality's implementation progress and coverage. */
export const getMap = (query: MapQuery, signal?: AbortSignal) => api.get<ProgressMap>('/progress/map', query, signal)

export const getMapQueryOptions = (query: MapQuery) =>
  queryOptions({
    queryKey: progressKeys.map(query),
    queryFn: ({ signal }) => getMap(query, signal),
  })

/** Keeps the map drawn while another subject loads (no flash of an empty map). */
export const useMap = (query: MapQuery) => useQuery({ ...getMapQueryOptions(query), placeholderData: keepPreviousData })
