// The organisations of the trends answer as the "Per organisation" table lists them: their figures in one period,
// grouped by kind (a district right after its municipality), sorted by name or by a figure.
import type { OrganisationKind, ProgressTrends } from '@uppfoljning/contract'

export type OrganisationFigures = {
  id: number
  name: string
  kind: OrganisationKind
  parentId: number | null
  /** the municipality a district belongs to */
  parentName: string | null
  progress: number | null
  /** null when nothing is expected of it */
  coverage: number | null
}

export type OrganisationGroup = { kind: OrganisationKind; organisations: OrganisationFigures[] }
export type OrganisationSort = 'name' | 'coverage' | 'progress'

const kindOrder: OrganisationKind[] = ['municipality', 'district', 'authority', 'region', 'association']
const collator = new Intl.Collator('sv-SE')

/** Each organisation's progress and coverage in `periodId` (null when the period is not among the trends' periods). */
export function organisationFigures(trends: Pick<ProgressTrends, 'periods' | 'organisations'>, periodId: number): OrganisationFigures[] {
  const index = trends.periods.findIndex((period) => period.id === periodId)
  const names = new Map(trends.organisations.map((o) => [o.id, o.name]))
  return trends.organisations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    parentId: o.parentId,
    parentName: o.parentId === null ? null : (names.get(o.parentId) ?? null),
    progress: index < 0 ? null : (o.progress[index] ?? null),
    coverage: index < 0 ? null : (o.coverage[index] ?? null),
  }))
}

/** A district area without figures of its own (its actions count in its municipality's) is left out of the list. */
export const hasFigures = (organisation: OrganisationFigures) =>
  organisation.kind !== 'district' || organisation.progress !== null || organisation.coverage !== null

/** Missing figures sort last whichever way; ties by name. */
function compare(sort: OrganisationSort) {
  return (a: OrganisationFigures, b: OrganisationFigures) => {
    if (sort !== 'name') {
      const x = a[sort]
      const y = b[sort]
      if (x !== y) {
        if (x === null) return 1
        if (y === null) return -1
        return y - x
      }
    }
    return collator.compare(a.name, b.name)
  }
}

/**
 * Groups by kind in a fixed order. Sorted by name, a district follows its municipality; sorted by a figure, the
 * districts are a group of their own (their place under the municipality would break the order).
 */
export function sortOrganisations(organisations: OrganisationFigures[], sort: OrganisationSort): OrganisationGroup[] {
  const sorted = [...organisations].sort(compare(sort))
  const nestDistricts = sort === 'name'
  const ids = new Set(organisations.map((o) => o.id))
  const nested = (o: OrganisationFigures) => nestDistricts && o.kind === 'district' && o.parentId !== null && ids.has(o.parentId)
  const groups = new Map<OrganisationKind, OrganisationFigures[]>()
  const add = (kind: OrganisationKind, organisation: OrganisationFigures) => groups.set(kind, [...(groups.get(kind) ?? []), organisation])
  for (const organisation of sorted) {
    if (nested(organisation)) continue
    add(organisation.kind, organisation)
  }
  const districts = sorted.filter(nested)
  if (districts.length > 0)
    for (const [kind, list] of groups)
      groups.set(
        kind,
        list.flatMap((o) => [o, ...districts.filter((d) => d.parentId === o.id)]),
      )
  return kindOrder.filter((kind) => (groups.get(kind)?.length ?? 0) > 0).map((kind) => ({ kind, organisations: groups.get(kind)! }))
}
