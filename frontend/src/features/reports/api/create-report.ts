import type { ReportCreate, ReportDetail } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'
import { storeReport } from './get-report'

/** POST /reports — a draft of a period, its figures computed now; 409 when the period already has a report. */
export const createReport = (body: ReportCreate) => api.post<ReportDetail>('/reports', body)

export const useCreateReport = () => useWrite(createReport, 'report', storeReport)
