import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProgressExplanation } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { progressKeys } from './query-keys'

/** Whose figure to explain: a goal's, an organisation's, a measure's, or (none) the county's. */
export type ExplainSubject = { goalId?: number; organisationId?: number; measureId?: number }

export type ExplainQuery = { periodId: number } & ExplainSubject

/** GET /progress/explain?periodId=[&goalId=|&organisationId=|&measureId=] — the actions behind one figure. */
export const getExplanation = (query: ExplainQuery, signal?: AbortSignal) =>
  api.get<ProgressExplanation>('/progress/explain', query, signal)

export const getExplanationQueryOptions = (query: ExplainQuery) =>
  queryOptions({
    queryKey: progressKeys.explain(query),
    queryFn: ({ signal }) => getExplanation(query, signal),
  })

/** Loads only while `enabled` (the basis is asked for when someone opens it). */
export const useExplanation = (query: ExplainQuery, enabled = true) => useQuery({ ...getExplanationQueryOptions(query), enabled })
