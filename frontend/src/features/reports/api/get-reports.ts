import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Page, Report } from '@uppfoljning/contract'
import { reportKeys } from '@/api/query-keys'
import { api } from '@/lib/api-client'

/** Reports are one a period: a strategy's whole history fits in one page. */
export const REPORTS_PAGE_SIZE = 200

export type ReportsQuery = { pageSize: number; includeArchived?: boolean }

/** GET /reports — newest first; the API gives anyone not signed in only the published ones. */
export const getReports = (query: ReportsQuery, signal?: AbortSignal) => api.get<Page<Report>>('/reports', query, signal)

export const getReportsQueryOptions = (query: ReportsQuery) =>
  queryOptions({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => getReports(query, signal),
  })

export const useReports = (query: ReportsQuery) => useQuery(getReportsQueryOptions(query))
