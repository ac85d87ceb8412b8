import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, Strategy, StrategyStatus } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type StrategiesQuery = { status?: StrategyStatus; page?: number; pageSize?: number }

/** GET /strategies */
export const getStrategies = (query: StrategiesQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Strategy>>('/strategies', query, signal)

export const getStrategiesQueryOptions = (query: StrategiesQuery = {}) =>
  queryOptions({
    queryKey: ['strategies', query],
    queryFn: ({ signal }) => getStrategies(query, signal),
  })

export const useStrategies = (query: StrategiesQuery = {}) => useQuery(getStrategiesQueryOptions(query))
