import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, ReportingPeriod } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /reporting-periods?strategyId&status=open — the periods taking follow-ups now. */
export const getOpenPeriods = (strategyId: number, signal?: AbortSignal) =>
  api.get<Page<ReportingPeriod>>('/reporting-periods', { strategyId, status: 'open' }, signal)

export const getOpenPeriodsQueryOptions = (strategyId: number) =>
  queryOptions({
    queryKey: ['reporting-periods', { strategyId, status: 'open' }],
    queryFn: ({ signal }) => getOpenPeriods(strategyId, signal),
  })

export const useOpenPeriods = (strategyId: number) => useQuery(getOpenPeriodsQueryOptions(strategyId))
