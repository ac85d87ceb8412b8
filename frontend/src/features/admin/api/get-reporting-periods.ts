import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, ReportingPeriod } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type ReportingPeriodsQuery = { strategyId: number; pageSize?: number }

/** GET /reporting-periods (ordered by start) */
export const getReportingPeriods = (query: ReportingPeriodsQuery, signal?: AbortSignal) =>
  api.get<Page<ReportingPeriod>>('/reporting-periods', query, signal)

export const getReportingPeriodsQueryOptions = (query: ReportingPeriodsQuery) =>
  queryOptions({ queryKey: ['reporting-periods', query], queryFn: ({ signal }) => getReportingPeriods(query, signal) })

export const useReportingPeriods = (query: ReportingPeriodsQuery) => useQuery(getReportingPeriodsQueryOptions(query))

/** GET /reporting-periods/:id */
export const getReportingPeriod = (id: number) => api.get<ReportingPeriod>(`/reporting-periods/${id}`)
