import type { ReportingPeriod, ReportingPeriodCreate, ReportingPeriodUpdate } from '@uppfoljning/contract'
import { useWrite } from '@/api/invalidation'
import { api } from '@/lib/api-client'

/** POST /reporting-periods */
export const createReportingPeriod = (body: ReportingPeriodCreate) => api.post<ReportingPeriod>('/reporting-periods', body)
/** PATCH /reporting-periods/:id (with version): dates, name, or the status (Öppna / Stäng) */
export const updateReportingPeriod = ({ id, ...body }: ReportingPeriodUpdate & { id: number }) =>
  api.patch<ReportingPeriod>(`/reporting-periods/${id}`, body)

export const useCreateReportingPeriod = () => useWrite(createReportingPeriod, 'reporting-period')
export const useUpdateReportingPeriod = () => useWrite(updateReportingPeriod, 'reporting-period')
