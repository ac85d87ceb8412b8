import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressCoverage } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/**
 * GET /progress/coverage?periodId= — per active measure, which organisations act on it (own or joint actions) and
 * which of those expected do not: one request for the whole strategy, instead of one action search per measure.
 */
export const getCoverage = (periodId: number, signal?: AbortSignal) => api.get<ProgressCoverage>('/progress/coverage', { periodId }, signal)

export const getCoverageQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: ['progress', 'coverage', { periodId }],
    queryFn: ({ signal }) => getCoverage(periodId, signal),
  })

export const useCoverage = (periodId: number | undefined) => useQuery({ ...getCoverageQueryOptions(periodId ?? 0), enabled: periodId !== undefined })
