import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Measure, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

// A strategy has tens of measures: all of them fit in the API's largest page.
export type MeasuresQuery = { strategyId: number; pageSize: 200 }

/** GET /measures?strategyId= — the strategy's measures (not archived): what an action can be linked to. */
export const getMeasures = (query: MeasuresQuery, signal?: AbortSignal) => api.get<Page<Measure>>('/measures', query, signal)

export const getMeasuresQueryOptions = (strategyId: number) => {
  const query: MeasuresQuery = { strategyId, pageSize: 200 }
  return queryOptions({
    queryKey: ['measures', query],
    queryFn: ({ signal }) => getMeasures(query, signal),
  })
}

export const useMeasures = (strategyId: number, enabled = true) => useQuery({ ...getMeasuresQueryOptions(strategyId), enabled })
