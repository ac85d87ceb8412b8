// The review page's filters and the open follow-up live in the address (`/granskning?status=returned&uppfoljning=12`):
// a reload, the back button and a shared link all show the same queue. The route validates the address with
// `reviewSearchSchema` (anything malformed counts as not given); defaults are left out of the address.
import { useNavigate, useSearch, type LinkOptions } from '@tanstack/react-router'
import type { FollowUpState } from '@uppfoljning/contract'
import { followUpStates } from '@uppfoljning/contract/enum-values'
import { optional, searchId as id, z } from '@/lib/search-schema'

export type StateFilter = FollowUpState | 'all'

export type ReviewFilters = {
  /** absent: the open period (else the latest closed one) */
  periodId?: number
  organisationId?: number
  goalId?: number
  /** what the queue shows; submitted (waiting for review) unless chosen otherwise */
  state: StateFilter
  page: number
  /** the follow-up open for review */
  followUpId?: number
}

const states: StateFilter[] = ['submitted', 'returned', 'approved', 'draft', 'all']
const DEFAULT_STATE: StateFilter = 'submitted'

/** The address's names for the filters (Swedish, like the page's own address). */
export const reviewSearchSchema = z.object({
  period: id,
  organisation: id,
  mal: id,
  status: optional(z.enum([...followUpStates, 'all'])),
  sida: id,
  uppfoljning: id,
})
type ReviewSearch = z.infer<typeof reviewSearchSchema>

const filtersOf = (search: ReviewSearch): ReviewFilters => ({
  periodId: search.period,
  organisationId: search.organisation,
  goalId: search.mal,
  state: search.status ?? DEFAULT_STATE,
  page: search.sida ?? 1,
  followUpId: search.uppfoljning,
})

const searchOf = (filters: ReviewFilters): ReviewSearch => ({
  period: filters.periodId,
  organisation: filters.organisationId,
  mal: filters.goalId,
  status: filters.state === DEFAULT_STATE ? undefined : filters.state,
  sida: filters.page > 1 ? filters.page : undefined,
  uppfoljning: filters.followUpId,
})

/**
 * The filters as the address says; `linkTo` the same page with some of them changed (for links: a new entry in
 * the history) and `apply` changed filters from the first page (replacing the address: the back button leaves the page).
 */
export function useReviewFilters() {
  const filters = filtersOf(useSearch({ strict: false }))
  const navigate = useNavigate()
  // the same page: the reader stays where they are (the opened follow-up takes the focus itself)
  const linkTo = (changes: Partial<ReviewFilters>) =>
    ({ to: '.', search: searchOf({ ...filters, ...changes }), resetScroll: false }) satisfies LinkOptions
  const apply = (changes: Partial<ReviewFilters>) => void navigate({ ...linkTo({ ...changes, page: 1 }), replace: true })
  return { filters, linkTo, apply }
}

export const stateFilters = states
