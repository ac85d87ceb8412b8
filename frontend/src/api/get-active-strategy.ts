// Reads that several features share (reference data): one fetcher and one query key each, so that every page
// asking for the strategy in force shares one request and one cache entry.
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, Strategy } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { strategyKeys } from './query-keys'

const query = { status: 'active' } as const

/** GET /strategies?status=active */
export const getActiveStrategies = (signal?: AbortSignal) => api.get<Page<Strategy>>('/strategies', query, signal)

export const getActiveStrategiesQueryOptions = () =>
  queryOptions({
    queryKey: strategyKeys.list(query),
    queryFn: ({ signal }) => getActiveStrategies(signal),
  })

/** The strategy in force: normally one; during a changeover the newest. Null when there is none. */
export const activeStrategyOf = (page: Page<Strategy>): Strategy | null =>
  [...page.items].sort((a, b) => b.startYear - a.startYear)[0] ?? null

/** The strategy in force (activeStrategyOf); `data` is null when there is none. */
export const useActiveStrategy = () =>
  useQuery({
    ...getActiveStrategiesQueryOptions(),
    select: activeStrategyOf,
  })
