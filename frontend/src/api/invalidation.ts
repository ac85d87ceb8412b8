// What each write makes stale: the one map every mutation goes through (docs/architecture.md → Data). A write
// names the resource it wrote; every cached query under each listed key prefix is marked stale, and those on
// screen are fetched again. The results views (`progress`) are computed from plans, actions, follow-ups, indicator
// values, periods and the strategy's goals and measures, so each of those writes lists them: a coordinator who
// saves a follow-up and opens Måluppfyllelse sees the new figure at once, not after the 30 s of `staleTime`.
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query'
import {
  followUpKeys,
  goalKeys,
  indicatorKeys,
  measureKeys,
  organisationKeys,
  planActionKeys,
  planKeys,
  progressKeys,
  reportingPeriodKeys,
  reportingStatusKeys,
  reportKeys,
  strategyKeys,
  userKeys,
} from './query-keys'

/** The figures built on the plans and their follow-ups: the results views and the reporting status. */
const figures = [progressKeys.all, reportingStatusKeys.all] as const

export const invalidatedBy = {
  strategy: [strategyKeys.all, ...figures],
  goal: [goalKeys.all, ...figures],
  // a measure's weight counts in its goal's implementation
  measure: [measureKeys.all, ...figures],
  indicator: [indicatorKeys.all, ...figures],
  // the values live under their indicator (`/indicators/:id/values`)
  'indicator-value': [indicatorKeys.all, ...figures],
  // users and the results views show organisations' names
  organisation: [organisationKeys.all, userKeys.all, ...figures],
  user: [userKeys.all],
  // a period's status decides which periods have figures and where follow-ups may be written
  'reporting-period': [reportingPeriodKeys.all, followUpKeys.lists(), ...figures],
  plan: [planKeys.all, ...figures],
  // the plans (their action counts and lists), the action, its history and its follow-ups
  'plan-action': [planKeys.all, planActionKeys.all, ...figures],
  // the follow-up lists (plan page, review queue, overview counts), not the follow-up's comments: the form saves
  // as the user types, and the saved follow-up itself goes into the cache from the answer (storeFollowUp)
  'follow-up': [followUpKeys.lists(), ...figures],
  // a review returns with a comment: the follow-up, its conversation and the lists
  'follow-up-review': [followUpKeys.all, ...figures],
  'follow-up-comment': [followUpKeys.all],
  // the report itself goes into the cache from the answer; its figures are a frozen snapshot
  report: [reportKeys.lists()],
} satisfies Record<string, readonly QueryKey[]>

/** A resource a mutation writes. */
export type Written = keyof typeof invalidatedBy

/** Marks stale what `written` changed; resolves when the queries on screen have been fetched again. */
export const invalidateAfterWrite = (queryClient: QueryClient, written: Written) =>
  Promise.all(invalidatedBy[written].map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined)

/**
 * The one mutation hook: `write` is the api function, `written` what it writes. On success `store` may put the
 * answer into the cache first; the mutation settles only after the invalidated views are fetched again, so a
 * form that closes on success shows the new list at once.
 */
export function useWrite<Args, Row>(
  write: (args: Args) => Promise<Row>,
  written: Written,
  store?: (queryClient: QueryClient, row: Row) => void,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: (row) => {
      store?.(queryClient, row)
      return invalidateAfterWrite(queryClient, written)
    },
  })
}
