// The review page's filters and the open follow-up live in the address (`/granskning?status=returned&uppfoljning=12`):
// a reload, the back button and a shared link all show the same queue.
import type { FollowUpState } from '@uppfoljning/contract'

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
const names = { periodId: 'period', organisationId: 'organisation', goalId: 'mal', state: 'status', page: 'sida', followUpId: 'uppfoljning' } as const

function id(value: string | null): number | undefined {
  return value && /^\d{1,10}$/.test(value) && Number(value) > 0 ? Number(value) : undefined
}

/** The filters in a query string; anything malformed counts as not given. */
export function readFilters(search: string): ReviewFilters {
  const params = new URLSearchParams(search)
  const state = params.get(names.state) as StateFilter | null
  return {
    periodId: id(params.get(names.periodId)),
    organisationId: id(params.get(names.organisationId)),
    goalId: id(params.get(names.goalId)),
    state: state && states.includes(state) ? state : DEFAULT_STATE,
    page: id(params.get(names.page)) ?? 1,
    followUpId: id(params.get(names.followUpId)),
  }
}

/** The query string (with its `?`, or empty) for `filters`; defaults are left out. */
export function filtersSearch(filters: ReviewFilters): string {
  const params = new URLSearchParams()
  if (filters.periodId) params.set(names.periodId, String(filters.periodId))
  if (filters.organisationId) params.set(names.organisationId, String(filters.organisationId))
  if (filters.goalId) params.set(names.goalId, String(filters.goalId))
  if (filters.state !== DEFAULT_STATE) params.set(names.state, filters.state)
  if (filters.page > 1) params.set(names.page, String(filters.page))
  if (filters.followUpId) params.set(names.followUpId, String(filters.followUpId))
  const search = params.toString()
  return search ? `?${search}` : ''
}

export const stateFilters = states
