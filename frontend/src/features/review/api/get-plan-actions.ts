import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, PlanAction } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'

const PAGE_SIZE = 200

/**
 * Every action of the strategy, for the queue's titles and organisations: GET /plan-actions?strategyId= paged
 * through at the largest page size (the demo county has about 190 actions: one request; each further 200 one more),
 * instead of one request per follow-up in the queue.
 */
export async function getAllPlanActions(strategyId: number, signal?: AbortSignal): Promise<PlanAction[]> {
  const pageOf = (page: number) => api.get<Page<PlanAction>>('/plan-actions', { strategyId, pageSize: PAGE_SIZE, page }, signal)
  const first = await pageOf(1)
  const pages = Math.ceil(first.total / PAGE_SIZE)
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => pageOf(i + 2)))
  return [first, ...rest].flatMap((page) => page.items)
}

export const getAllPlanActionsQueryOptions = (strategyId: number) =>
  queryOptions({
    queryKey: ['plan-actions', { strategyId, pageSize: PAGE_SIZE, allPages: true }],
    queryFn: ({ signal }) => getAllPlanActions(strategyId, signal),
  })

export const useAllPlanActions = (strategyId: number) => useQuery(getAllPlanActionsQueryOptions(strategyId))
