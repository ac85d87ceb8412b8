import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, ReportingPeriod, PeriodStatus } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { reportingPeriodKeys } from './query-keys'
import { PAGE_SIZE_MAX } from '@uppfoljning/contract/limits'

// A strategy has one period a year: all of them fit in the API's largest page.
export type ReportingPeriodsQuery = { strategyId: number; pageSize: typeof PAGE_SIZE_MAX; status?: PeriodStatus }

/** GET /reporting-periods?strategyId=[&status=] (ordered by start) */
export const getReportingPeriods = (query: ReportingPeriodsQuery, signal?: AbortSignal) =>
  api.get<Page<ReportingPeriod>>('/reporting-periods', query, signal)

/** The strategy's periods; with `status`, only those (`open`: the periods taking follow-ups now). */
export const getReportingPeriodsQueryOptions = (strategyId: number, status?: PeriodStatus) => {
  const query: ReportingPeriodsQuery = { strategyId, pageSize: PAGE_SIZE_MAX, ...(status && { status }) }
  return queryOptions({
    queryKey: reportingPeriodKeys.list(query),
    queryFn: ({ signal }) => getReportingPeriods(query, signal),
  })
}

export const useReportingPeriods = (strategyId: number, status?: PeriodStatus) =>
  useQuery(getReportingPeriodsQueryOptions(strategyId, status))
