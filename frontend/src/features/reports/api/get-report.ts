import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { ReportDetail } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /reports/:id — with its frozen figures and what changed since the previous approved report. */
export const getReport = (reportId: number, signal?: AbortSignal) => api.get<ReportDetail>(`/reports/${reportId}`, undefined, signal)

export const reportQueryKey = (reportId: number) => ['reports', reportId] as const

export const getReportQueryOptions = (reportId: number) =>
  queryOptions({
    queryKey: reportQueryKey(reportId),
    queryFn: ({ signal }) => getReport(reportId, signal),
  })

export const useReport = (reportId: number) => useQuery(getReportQueryOptions(reportId))

/**
 * After a write: the answer (the report as stored now) replaces the cached one at once, and the lists are read
 * again (their status, title and version changed too).
 */
export function storeReport(queryClient: QueryClient, report: ReportDetail) {
  queryClient.setQueryData(reportQueryKey(report.id), report)
  void queryClient.invalidateQueries({ queryKey: ['reports'], predicate: (query) => query.queryKey[1] !== report.id })
}
