import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, PlanAction } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { planActionKeys } from './query-keys'

/** The API's largest page. */
const PAGE_SIZE = 200

/** An organisation's own and co-owned actions (`organisationId`), or every action of a strategy. */
export type PlanActionsQuery = { strategyId: number; organisationId?: number; page?: number; pageSize: typeof PAGE_SIZE }

/** GET /plan-actions?strategyId=[&organisationId=]&page=&pageSize= (search across plans). */
export const searchPlanActions = (query: PlanActionsQuery, signal?: AbortSignal) =>
  api.get<Page<PlanAction>>('/plan-actions', query, signal)

/** An organisation's own and co-owned actions in a strategy. Its largest plan has about a dozen: one page holds them. */
export const getOrganisationActionsQueryOptions = ({ strategyId, organisationId }: { strategyId: number; organisationId: number }) => {
  const query: PlanActionsQuery = { strategyId, organisationId, pageSize: PAGE_SIZE }
  return queryOptions({
    queryKey: planActionKeys.list(query),
    queryFn: ({ signal }) => searchPlanActions(query, signal),
  })
}

export const useOrganisationActions = (query: { strategyId: number; organisationId: number }) =>
  useQuery(getOrganisationActionsQueryOptions(query))

/**
 * Every action of the strategy, for the review queue's titles and organisations: paged through at the largest page
 * size (the demo county has about 190 actions: one request; each further 200 one more), instead of one request per
 * follow-up in the queue.
 */
export async function getAllPlanActions(strategyId: number, signal?: AbortSignal): Promise<PlanAction[]> {
  const pageOf = (page: number) => searchPlanActions({ strategyId, pageSize: PAGE_SIZE, page }, signal)
  const first = await pageOf(1)
  const pages = Math.ceil(first.total / PAGE_SIZE)
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => pageOf(i + 2)))
  return [first, ...rest].flatMap((page) => page.items)
}

export const getAllPlanActionsQueryOptions = (strategyId: number) =>
  queryOptions({
    queryKey: planActionKeys.list({ strategyId, pageSize: PAGE_SIZE, allPages: true }),
    queryFn: ({ signal }) => getAllPlanActions(strategyId, signal),
  })

export const useAllPlanActions = (strategyId: number) => useQuery(getAllPlanActionsQueryOptions(strategyId))
