import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressExplanation } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

export type MeasureExplanationQuery = { periodId: number; measureId: number }

/** GET /progress/explain?periodId=&measureId= — the actions behind one measure's figures (titles, owners, status). */
export const getMeasureExplanation = (query: MeasureExplanationQuery, signal?: AbortSignal) =>
  api.get<ProgressExplanation>('/progress/explain', query, signal)

export const getMeasureExplanationQueryOptions = (query: MeasureExplanationQuery) =>
  queryOptions({
    queryKey: ['progress', 'explain', query],
    queryFn: ({ signal }) => getMeasureExplanation(query, signal),
  })

/** Only while a cell's details are open (`enabled`): one request per measure, shared by its cells. */
export const useMeasureExplanation = (query: MeasureExplanationQuery, enabled = true) => useQuery({ ...getMeasureExplanationQueryOptions(query), enabled })
