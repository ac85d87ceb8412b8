import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Indicator, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type IndicatorsQuery = { strategyId: number; includeArchived?: boolean; pageSize?: number }

/** GET /indicators — of the whole strategy, whether on a goal or on a measure */
export const getIndicators = (query: IndicatorsQuery, signal?: AbortSignal) => api.get<Page<Indicator>>('/indicators', query, signal)

export const getIndicatorsQueryOptions = (query: IndicatorsQuery) =>
  queryOptions({ queryKey: ['indicators', query], queryFn: ({ signal }) => getIndicators(query, signal) })

export const useIndicators = (query: IndicatorsQuery) => useQuery(getIndicatorsQueryOptions(query))

/** GET /indicators/:id */
export const getIndicator = (id: number) => api.get<Indicator>(`/indicators/${id}`)
