import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, Strategy } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

const query = { status: 'active' } as const

/** GET /strategies?status=active */
export const getActiveStrategies = (signal?: AbortSignal) => api.get<Page<Strategy>>('/strategies', query, signal)

/** The same key as the strategy page's list of strategies in force, so both share one request. */
export const getActiveStrategiesQueryOptions = () =>
  queryOptions({
    queryKey: ['strategies', query],
    queryFn: ({ signal }) => getActiveStrategies(signal),
  })

/** The strategy in force; during a changeover (two active) the newest. `data` is null when there is none. */
export const useActiveStrategy = () =>
  useQuery({
    ...getActiveStrategiesQueryOptions(),
    select: (page) => [...page.items].sort((a, b) => b.startYear - a.startYear)[0] ?? null,
  })
