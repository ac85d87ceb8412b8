import { queryOptions, useQuery } from '@tanstack/react-query'
import type { IndicatorValue, Page } from '@uppfoljning/contract'
import { indicatorKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

// One value per period: a strategy's handful of periods fit in the API's largest page many times over.
const query = { countyWide: true, pageSize: 200 } as const

/** GET /indicators/:id/values?countyWide=true — the whole county's values, oldest period first. */
export const getCountyValues = (indicatorId: number, signal?: AbortSignal) =>
  api.get<Page<IndicatorValue>>(`/indicators/${indicatorId}/values`, query, signal)

export const getCountyValuesQueryOptions = (indicatorId: number) =>
  queryOptions({
    queryKey: indicatorKeys.values(indicatorId, query),
    queryFn: ({ signal }) => getCountyValues(indicatorId, signal),
  })

export const useCountyValues = (indicatorId: number) => useQuery(getCountyValuesQueryOptions(indicatorId))
