import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Indicator, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type IndicatorsQuery = { strategyId: number; pageSize?: number }

/** GET /indicators?strategyId= — the strategy's indicators, on its goals and on its measures alike. */
export const getIndicators = (query: IndicatorsQuery, signal?: AbortSignal) => api.get<Page<Indicator>>('/indicators', query, signal)

export const getIndicatorsQueryOptions = (query: IndicatorsQuery) =>
  queryOptions({
    queryKey: ['indicators', query],
    queryFn: ({ signal }) => getIndicators(query, signal),
  })

export const useIndicators = (query: IndicatorsQuery) => useQuery(getIndicatorsQueryOptions(query))
