import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressExplanation } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

/** Whose figure to explain: a goal's, an organisation's, or (neither) the county's. */
export type ExplainSubject = { goalId?: number; organisationId?: number }

export type ExplainQuery = { periodId: number } & ExplainSubject

/** GET /progress/explain?periodId=[&goalId=|&organisationId=] — the rows behind one figure. */
export const getExplanation = (query: ExplainQuery, signal?: AbortSignal) => api.get<ProgressExplanation>('/progress/explain', query, signal)

export const getExplanationQueryOptions = (query: ExplainQuery) =>
  queryOptions({
    queryKey: ['progress', 'explain', query],
    queryFn: ({ signal }) => getExplanation(query, signal),
  })

/** Loads only while `enabled` (the basis is asked for when someone opens it). */
export const useExplanation = (query: ExplainQuery, enabled: boolean) => useQuery({ ...getExplanationQueryOptions(query), enabled })
