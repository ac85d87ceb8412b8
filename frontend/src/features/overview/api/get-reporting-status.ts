import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ReportingStatus } from '@uppfoljning/contract'
import { reportingStatusKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** GET /reporting-status?periodId= (OPK staff and the steering group) */
export const getReportingStatus = (periodId: number, signal?: AbortSignal) =>
  api.get<ReportingStatus>('/reporting-status', { periodId }, signal)

export const getReportingStatusQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: reportingStatusKeys.period(periodId),
    queryFn: ({ signal }) => getReportingStatus(periodId, signal),
  })

export const useReportingStatus = (periodId: number) => useQuery(getReportingStatusQueryOptions(periodId))
