import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ReportDetail, ReportUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { storeReport } from './get-report'

/** PATCH /reports/:id — a draft's title, summary and analyses, with the version the editor started from (409 when stale). */
export const updateReport = (reportId: number, body: ReportUpdate) => api.patch<ReportDetail>(`/reports/${reportId}`, body)

export function useUpdateReport(reportId: number) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: (body: ReportUpdate) => updateReport(reportId, body), onSuccess: (report) => storeReport(queryClient, report) })
}
