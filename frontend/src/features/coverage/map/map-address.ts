// The map's subject and figure live in the address (`?period=5&goal=9&show=progress`): a goal or a measure (a
// measure wins when both are there), and coverage (default) or implementation progress. The route validates them
// with `mapSearchSchema`; malformed values count as not given.
import { useNavigate, useSearch } from '@tanstack/react-router'
import { searchId, z } from '@/lib/search-schema'

export type MapFigure = 'coverage' | 'progress'
export type MapState = { goalId: number | null; measureId: number | null; show: MapFigure }

export const mapSearchSchema = z.object({
  goal: searchId,
  measure: searchId,
  show: z.catch(z.optional(z.literal('progress')), undefined),
})
type MapSearch = z.infer<typeof mapSearchSchema>

export const mapStateOf = (search: MapSearch): MapState => ({ goalId: search.goal ?? null, measureId: search.measure ?? null, show: search.show ?? 'coverage' })

const searchOf = (state: MapState): MapSearch => ({
  goal: state.goalId ?? undefined,
  measure: state.measureId ?? undefined,
  show: state.show === 'progress' ? 'progress' : undefined,
})

/** The map's state as the address says, and the way to change it (replacing the address, where the reader is; `period` is kept). */
export function useMapState(): [MapState, (next: MapState) => void] {
  const search = useSearch({ strict: false })
  const navigate = useNavigate()
  return [mapStateOf(search), (next) => void navigate({ to: '.', search: (prev) => ({ ...prev, ...searchOf(next) }), replace: true, resetScroll: false })]
}

/** The API's query: one subject at most (the measure when one is chosen). */
export const mapQuery = (periodId: number, state: MapState) =>
  state.measureId !== null ? { periodId, measureId: state.measureId } : state.goalId !== null ? { periodId, goalId: state.goalId } : { periodId }
