import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { ReportDetail } from '@uppfoljning/contract'
import { reportKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /reports/:id — with its frozen figures and what changed since the previous approved report. */
export const getReport = (reportId: number, signal?: AbortSignal) => api.get<ReportDetail>(`/reports/${reportId}`, undefined, signal)

export const getReportQueryOptions = (reportId: number) =>
  queryOptions({
    queryKey: reportKeys.detail(reportId),
    queryFn: ({ signal }) => getReport(reportId, signal),
  })

export const useReport = (reportId: number) => useQuery(getReportQueryOptions(reportId))

/** After a write the answer (the report as stored now) replaces the cached one at once; the lists follow (api/invalidation.ts). */
export function storeReport(queryClient: QueryClient, report: ReportDetail) {
  queryClient.setQueryData(reportKeys.detail(report.id), report)
}
