import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Measure, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { ALL } from './get-plan-actions'

/** GET /measures?strategyId — what an action can be linked to. */
export const getMeasures = (strategyId: number, signal?: AbortSignal) => api.get<Page<Measure>>('/measures', { strategyId, pageSize: ALL }, signal)

export const getMeasuresQueryOptions = (strategyId: number) =>
  queryOptions({
    queryKey: ['measures', { strategyId, pageSize: ALL }],
    queryFn: ({ signal }) => getMeasures(strategyId, signal),
  })

export const useMeasures = (strategyId: number, enabled = true) => useQuery({ ...getMeasuresQueryOptions(strategyId), enabled })
