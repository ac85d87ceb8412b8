import type { ReportingPeriod, ReportingPeriodCreate, ReportingPeriodUpdate } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { useWrite } from './write'

/** POST /reporting-periods */
export const createReportingPeriod = (body: ReportingPeriodCreate) => api.post<ReportingPeriod>('/reporting-periods', body)
/** PATCH /reporting-periods/:id (with version): dates, name, or the status (Öppna / Stäng) */
export const updateReportingPeriod = ({ id, ...body }: ReportingPeriodUpdate & { id: number }) => api.patch<ReportingPeriod>(`/reporting-periods/${id}`, body)

// a period's status decides where follow-ups may be written: the follow-up pages' lists follow it
export const useCreateReportingPeriod = () => useWrite(createReportingPeriod, ['reporting-periods'])
export const useUpdateReportingPeriod = () => useWrite(updateReportingPeriod, ['reporting-periods'])
