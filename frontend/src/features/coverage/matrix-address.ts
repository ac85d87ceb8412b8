// The matrix's sort, filters and view live in the address (`?period=5&orgSort=coverage-asc&kind=municipality&gaps=1`),
// so a view can be linked to and survives a reload. The route validates them with `matrixSearchSchema`: unknown or
// malformed values fall back to the defaults, and defaults are left out of the address.
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useMemo } from 'react'
import { organisationKinds } from '@uppfoljning/contract/enum-values'
import { Id, optional, z } from '@/lib/search-schema'
import { defaultOptions, measureSorts, organisationSorts, type MatrixOptions } from './coverage-matrix'

export type MatrixView = 'grid' | 'list'
export type MatrixState = MatrixOptions & { view: MatrixView }

/** The address's names: `orgSort`, `measureSort`, `goal`, `kind`, `gaps=1`, `view=list`. */
export const matrixSearchSchema = z.object({
  orgSort: optional(z.enum(organisationSorts)),
  measureSort: optional(z.enum(measureSorts)),
  goal: optional(Id),
  kind: optional(z.enum(organisationKinds)),
  gaps: optional(z.literal(1)),
  view: optional(z.literal('list')),
})
type MatrixSearch = z.infer<typeof matrixSearchSchema>

export const matrixStateOf = (search: MatrixSearch): MatrixState => ({
  organisationSort: search.orgSort ?? defaultOptions.organisationSort,
  measureSort: search.measureSort ?? defaultOptions.measureSort,
  goalId: search.goal ?? null,
  kind: search.kind ?? null,
  onlyGaps: search.gaps === 1,
  view: search.view ?? 'grid',
})

export const matrixSearchOf = (state: MatrixState): MatrixSearch => ({
  orgSort: state.organisationSort === defaultOptions.organisationSort ? undefined : state.organisationSort,
  measureSort: state.measureSort === defaultOptions.measureSort ? undefined : state.measureSort,
  goal: state.goalId ?? undefined,
  kind: state.kind ?? undefined,
  gaps: state.onlyGaps ? 1 : undefined,
  view: state.view === 'list' ? 'list' : undefined,
})

/** The matrix's state as the address says, and the way to change it (replacing the address, where the reader is; `period` is kept). */
export function useMatrixState(): [MatrixState, (next: MatrixState) => void] {
  const { orgSort, measureSort, goal, kind, gaps, view } = useSearch({ strict: false })
  const navigate = useNavigate()
  // one object while the address is the same (the matrix is rebuilt only when it changes)
  const state = useMemo(() => matrixStateOf({ orgSort, measureSort, goal, kind, gaps, view }), [orgSort, measureSort, goal, kind, gaps, view])
  return [state, (next) => void navigate({ to: '.', search: (prev) => ({ ...prev, ...matrixSearchOf(next) }), replace: true, resetScroll: false })]
}
