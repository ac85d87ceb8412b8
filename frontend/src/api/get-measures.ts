import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Measure, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { measureKeys } from './query-keys'

// A strategy has tens of measures: all of them fit in the API's largest page.
const PAGE_SIZE = 200

export type MeasuresQuery = { strategyId: number; pageSize: typeof PAGE_SIZE; includeArchived?: true }

/** GET /measures?strategyId=[&includeArchived=true] — the strategy's measures: what an action can be linked to. */
export const getMeasures = (query: MeasuresQuery, signal?: AbortSignal) => api.get<Page<Measure>>('/measures', query, signal)

/** The strategy's measures (not archived; with `includeArchived`, those too: the administration's list). */
export const getMeasuresQueryOptions = (strategyId: number, includeArchived = false) => {
  const query: MeasuresQuery = { strategyId, pageSize: PAGE_SIZE, ...(includeArchived && { includeArchived }) }
  return queryOptions({
    queryKey: measureKeys.list(query),
    queryFn: ({ signal }) => getMeasures(query, signal),
  })
}

export const useMeasures = (strategyId: number, includeArchived = false) => useQuery(getMeasuresQueryOptions(strategyId, includeArchived))
