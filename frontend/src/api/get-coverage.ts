import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressCoverage } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { progressKeys } from './query-keys'

/**
 * GET /progress/coverage?periodId= — per active measure (grouped by goal), which organisations act on it (own or
 * joint actions) and which of those expected do not: the coverage matrix, and the strategy page's "who acts".
 */
export const getCoverage = (periodId: number, signal?: AbortSignal) => api.get<ProgressCoverage>('/progress/coverage', { periodId }, signal)

export const getCoverageQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: progressKeys.coverage(periodId),
    queryFn: ({ signal }) => getCoverage(periodId, signal),
  })

/** Waits while `periodId` is unknown (the strategy page before its periods have loaded). */
export const useCoverage = (periodId: number | undefined) =>
  useQuery({ ...getCoverageQueryOptions(periodId ?? 0), enabled: periodId !== undefined })
