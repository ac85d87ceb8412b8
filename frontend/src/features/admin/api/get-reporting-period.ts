import type { ReportingPeriod } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /reporting-periods/:id — to reload a row changed by someone else. (The list is `@/api/get-reporting-periods`.) */
export const getReportingPeriod = (id: number) => api.get<ReportingPeriod>(`/reporting-periods/${id}`)
