import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressCoverage } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** GET /progress/coverage?periodId= — the matrix organisations × measures (grouped by goal) for the period. */
export const getCoverage = (periodId: number, signal?: AbortSignal) => api.get<ProgressCoverage>('/progress/coverage', { periodId }, signal)

export const getCoverageQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: ['progress', 'coverage', { periodId }],
    queryFn: ({ signal }) => getCoverage(periodId, signal),
  })

export const useCoverage = (periodId: number) => useQuery(getCoverageQueryOptions(periodId))
