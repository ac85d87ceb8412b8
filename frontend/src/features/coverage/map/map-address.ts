// The map's subject and figure live in the address (`?period=5&goal=9&show=progress`): a goal or a measure (a
// measure wins when both are there), and coverage (default) or implementation progress.
export type MapFigure = 'coverage' | 'progress'
export type MapState = { goalId: number | null; measureId: number | null; show: MapFigure }

const id = (value: string | null) => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : null
}

export function readMapState(search: string): MapState {
  const params = new URLSearchParams(search)
  return { goalId: id(params.get('goal')), measureId: id(params.get('measure')), show: params.get('show') === 'progress' ? 'progress' : 'coverage' }
}

export function writeMapState(search: string, state: MapState): string {
  const params = new URLSearchParams(search)
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value))
  set('goal', state.goalId === null ? null : String(state.goalId))
  set('measure', state.measureId === null ? null : String(state.measureId))
  set('show', state.show === 'progress' ? 'progress' : null)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The API's query: one subject at most (the measure when one is chosen). */
export const mapQuery = (periodId: number, state: MapState) =>
  state.measureId !== null ? { periodId, measureId: state.measureId } : state.goalId !== null ? { periodId, goalId: state.goalId } : { periodId }
