// The basis of a figure (GET /progress/explain) arranged for reading: what was left out, by reason; the coverage
// gaps, by measure; the counted actions, by organisation. Nothing is dropped: every row of the answer has a place.
import type { MeasureCoverageDetail, ProgressAction, ProgressExplanation, ProgressMeasure } from '@uppfoljning/contract'

export const leftOutReasons = ['measures', 'missing', 'notDue', 'cancelled', 'unlinked'] as const
export type LeftOutReason = (typeof leftOutReasons)[number]

export type LeftOutGroup =
  { reason: 'measures'; measures: ProgressMeasure[] } | { reason: Exclude<LeftOutReason, 'measures'>; actions: ProgressAction[] }

/** The non-empty groups of what is in scope but not in the number, in the order a reader asks about them. */
export function leftOutGroups(leftOut: ProgressExplanation['progress']['leftOut']): LeftOutGroup[] {
  const groups: LeftOutGroup[] = []
  for (const reason of leftOutReasons) {
    if (reason === 'measures') {
      if (leftOut.measures.length > 0) groups.push({ reason, measures: leftOut.measures })
    } else if (leftOut[reason].length > 0) groups.push({ reason, actions: byOrganisationAndTitle(leftOut[reason]) })
  }
  return groups
}

const collator = new Intl.Collator('sv-SE')

/** Actions sorted by their organisation's name, then their title. */
export function byOrganisationAndTitle(actions: ProgressAction[]): ProgressAction[] {
  return [...actions].sort((a, b) => collator.compare(a.organisation.name, b.organisation.name) || collator.compare(a.title, b.title))
}

const codeCollator = new Intl.Collator('sv-SE', { numeric: true })

/** Measures by code, numerically ("1.2" before "1.10"). */
export const byCode = <T extends { code: string }>(items: T[]): T[] => [...items].sort((a, b) => codeCollator.compare(a.code, b.code))

/** The measures with at least one gap, by code, their gaps by name. */
export function gapsByMeasure(measures: MeasureCoverageDetail[]): MeasureCoverageDetail[] {
  return measures
    .filter((measure) => measure.gaps.length > 0)
    .sort((a, b) => codeCollator.compare(a.code, b.code))
    .map((measure) => ({ ...measure, gaps: [...measure.gaps].sort((a, b) => collator.compare(a.name, b.name)) }))
}

/** Actions grouped by the organisation whose plan holds them, organisations by name. */
export function groupByOrganisation(
  actions: ProgressAction[],
): { organisation: ProgressAction['organisation']; actions: ProgressAction[] }[] {
  const groups = new Map<number, { organisation: ProgressAction['organisation']; actions: ProgressAction[] }>()
  for (const action of byOrganisationAndTitle(actions)) {
    const group = groups.get(action.organisation.id) ?? { organisation: action.organisation, actions: [] }
    group.actions.push(action)
    groups.set(action.organisation.id, group)
  }
  return [...groups.values()]
}
