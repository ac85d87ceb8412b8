import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ReportingPeriod } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { reportingPeriodKeys } from './query-keys'

/** GET /reporting-periods/:id */
export const getReportingPeriod = (periodId: number, signal?: AbortSignal) =>
  api.get<ReportingPeriod>(`/reporting-periods/${periodId}`, undefined, signal)

export const getReportingPeriodQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: reportingPeriodKeys.detail(periodId),
    queryFn: ({ signal }) => getReportingPeriod(periodId, signal),
  })

export const useReportingPeriod = (periodId: number) => useQuery(getReportingPeriodQueryOptions(periodId))
