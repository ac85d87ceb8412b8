import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Measure, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type MeasuresQuery = { strategyId: number; includeArchived?: boolean; pageSize?: number }

/** GET /measures */
export const getMeasures = (query: MeasuresQuery, signal?: AbortSignal) => api.get<Page<Measure>>('/measures', query, signal)

export const getMeasuresQueryOptions = (query: MeasuresQuery) =>
  queryOptions({ queryKey: ['measures', query], queryFn: ({ signal }) => getMeasures(query, signal) })

export const useMeasures = (query: MeasuresQuery) => useQuery(getMeasuresQueryOptions(query))

/** GET /measures/:id */
export const getMeasure = (id: number) => api.get<Measure>(`/measures/${id}`)
