import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, Strategy } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type StrategiesQuery = { pageSize?: number }

/** GET /strategies */
export const getStrategies = (query: StrategiesQuery, signal?: AbortSignal) => api.get<Page<Strategy>>('/strategies', query, signal)

export const getStrategiesQueryOptions = (query: StrategiesQuery = { pageSize: 50 }) =>
  queryOptions({ queryKey: ['strategies', query], queryFn: ({ signal }) => getStrategies(query, signal) })

/**
 * The strategy in force: the newest with status active (during a changeover two may be active). Null when
 * none is.
 */
export function useStrategyInForce() {
  return useQuery({
    ...getStrategiesQueryOptions(),
    select: (page) => page.items.filter((s) => s.status === 'active').sort((a, b) => b.startYear - a.startYear)[0] ?? null,
  })
}

/** GET /strategies/:id — to reload a row changed by someone else. */
export const getStrategy = (id: number) => api.get<Strategy>(`/strategies/${id}`)
