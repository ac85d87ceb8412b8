// The matrix's sort, filters and view live in the address (`?period=5&orgSort=coverage-asc&kind=municipality&gaps=1`),
// so a view can be linked to and survives a reload. Unknown or malformed values fall back to the defaults.
import type { OrganisationKind } from '@uppfoljning/contract'
import { defaultOptions, measureSorts, organisationSorts, type MatrixOptions } from './coverage-matrix'

export type MatrixView = 'grid' | 'list'
export type MatrixState = MatrixOptions & { view: MatrixView }

const kinds = ['municipality', 'district', 'authority', 'region', 'association'] as const satisfies readonly OrganisationKind[]

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback)

export function readMatrixState(search: string): MatrixState {
  const params = new URLSearchParams(search)
  const goal = Number(params.get('goal'))
  const kind = params.get('kind')
  return {
    organisationSort: oneOf(organisationSorts, params.get('orgSort'), defaultOptions.organisationSort),
    measureSort: oneOf(measureSorts, params.get('measureSort'), defaultOptions.measureSort),
    goalId: Number.isInteger(goal) && goal > 0 ? goal : null,
    kind: kinds.includes(kind as OrganisationKind) ? (kind as OrganisationKind) : null,
    onlyGaps: params.get('gaps') === '1',
    view: params.get('view') === 'list' ? 'list' : 'grid',
  }
}

/** The address's query with `state` written in (defaults left out); other parameters such as `period` are kept. */
export function writeMatrixState(search: string, state: MatrixState): string {
  const params = new URLSearchParams(search)
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value))
  set('orgSort', state.organisationSort === defaultOptions.organisationSort ? null : state.organisationSort)
  set('measureSort', state.measureSort === defaultOptions.measureSort ? null : state.measureSort)
  set('goal', state.goalId === null ? null : String(state.goalId))
  set('kind', state.kind)
  set('gaps', state.onlyGaps ? '1' : null)
  set('view', state.view === 'list' ? 'list' : null)
  const query = params.toString()
  return query ? `?${query}` : ''
}
