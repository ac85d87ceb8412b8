import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ImplementationPlan, Page } from '@uppfoljning/contract'
import { api } from '@/lib/api-client'
import { planKeys } from './query-keys'
import { PAGE_SIZE_MAX } from '@uppfoljning/contract'

// A strategy has one plan per organisation (a few dozen): one page of the API's largest size holds them.
export type ImplementationPlansQuery = { strategyId: number; organisationId?: number; pageSize: typeof PAGE_SIZE_MAX }

/** GET /implementation-plans?strategyId=[&organisationId=] */
export const getImplementationPlans = (query: ImplementationPlansQuery, signal?: AbortSignal) =>
  api.get<Page<ImplementationPlan>>('/implementation-plans', query, signal)

/** The strategy's plans, or (with `organisationId`) one organisation's. */
export const getImplementationPlansQueryOptions = (query: { strategyId: number; organisationId?: number }) => {
  const full: ImplementationPlansQuery = { ...query, pageSize: PAGE_SIZE_MAX }
  return queryOptions({
    queryKey: planKeys.list(full),
    queryFn: ({ signal }) => getImplementationPlans(full, signal),
  })
}

export const useImplementationPlans = (query: { strategyId: number; organisationId?: number }) =>
  useQuery(getImplementationPlansQueryOptions(query))
