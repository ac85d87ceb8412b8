import type { ReportDetail, ReportUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { storeReport } from './get-report'

/** PATCH /reports/:id — a draft's title, summary and analyses, with the version the editor started from (409 when stale). */
export const updateReport = (reportId: number, body: ReportUpdate) => api.patch<ReportDetail>(`/reports/${reportId}`, body)

export const useUpdateReport = (reportId: number) => useWrite((body: ReportUpdate) => updateReport(reportId, body), 'report', storeReport)
