import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Indicator, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { indicatorKeys } from './query-keys'

// A strategy has tens of indicators: all of them fit in the API's largest page.
const PAGE_SIZE = 200

export type IndicatorsQuery = { strategyId: number; pageSize: typeof PAGE_SIZE; includeArchived?: true }

/** GET /indicators?strategyId=[&includeArchived=true] — the strategy's indicators, on its goals and on its measures alike. */
export const getIndicators = (query: IndicatorsQuery, signal?: AbortSignal) => api.get<Page<Indicator>>('/indicators', query, signal)

/** The strategy's indicators (not archived; with `includeArchived`, those too: the administration's list). */
export const getIndicatorsQueryOptions = (strategyId: number, includeArchived = false) => {
  const query: IndicatorsQuery = { strategyId, pageSize: PAGE_SIZE, ...(includeArchived && { includeArchived }) }
  return queryOptions({
    queryKey: indicatorKeys.list(query),
    queryFn: ({ signal }) => getIndicators(query, signal),
  })
}

export const useIndicators = (strategyId: number, includeArchived = false) =>
  useQuery(getIndicatorsQueryOptions(strategyId, includeArchived))
