import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, ReportingPeriod } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

// A strategy has one period a year: all of them fit in the API's largest page.
export type ReportingPeriodsQuery = { strategyId: number; pageSize: 200 }

/** GET /reporting-periods?strategyId= (ordered by start) */
export const getReportingPeriods = (query: ReportingPeriodsQuery, signal?: AbortSignal) =>
  api.get<Page<ReportingPeriod>>('/reporting-periods', query, signal)

export const getReportingPeriodsQueryOptions = (strategyId: number) => {
  const query: ReportingPeriodsQuery = { strategyId, pageSize: 200 }
  return queryOptions({
    queryKey: ['reporting-periods', query],
    queryFn: ({ signal }) => getReportingPeriods(query, signal),
  })
}

export const useReportingPeriods = (strategyId: number) => useQuery(getReportingPeriodsQueryOptions(strategyId))
