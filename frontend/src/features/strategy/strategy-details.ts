// What the strategy page shows beside each goal and measure: its indicators, and who acts on each measure.
import type { CoverageFigure, Indicator, ProgressCoverage, ReportingPeriod } from '@uppfoljning/contract'

export type MeasureActors = {
  /** organisations with an active action on the measure (own or joint), expected of them or not, by name */
  organisations: { id: number; name: string }[]
  /** of the organisations expected to act on it, how many do */
  coverage: CoverageFigure
}

export type StrategyDetails = {
  indicatorsByGoal: Map<number, Indicator[]>
  indicatorsByMeasure: Map<number, Indicator[]>
  /** per active measure; null while the coverage is loading or could not be loaded (the page says so once) */
  actors: Map<number, MeasureActors> | null
  /** period names by id, for the indicators' values */
  periods: Map<number, ReportingPeriod>
}

function groupBy<T>(items: T[], key: (item: T) => number | null): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const id = key(item)
    if (id === null) continue
    groups.set(id, [...(groups.get(id) ?? []), item])
  }
  return groups
}

/** The strategy's indicators (one request) grouped by the goal or the measure they belong to, by name. */
export function indicatorsByOwner(indicators: Indicator[]) {
  const sorted = [...indicators].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  return { byGoal: groupBy(sorted, (i) => i.goalId), byMeasure: groupBy(sorted, (i) => i.measureId) }
}

/** Who acts on each measure, read from the coverage matrix: the cells that hold at least one action. */
export function actorsByMeasure(coverage: ProgressCoverage): Map<number, MeasureActors> {
  const names = new Map(coverage.organisations.map((o) => [o.id, o.name]))
  const actors = new Map<number, MeasureActors>()
  for (const goal of coverage.goals) {
    for (const row of goal.measures) {
      const organisations = row.cells
        .filter((cell) => cell.actions.length > 0)
        .map((cell) => ({ id: cell.organisationId, name: names.get(cell.organisationId) ?? String(cell.organisationId) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      actors.set(row.measureId, { organisations, coverage: row.coverage })
    }
  }
  return actors
}

/** The period the coverage is shown for: the open one, else the latest closed one; null when neither exists. */
export function coveragePeriod(periods: ReportingPeriod[]): ReportingPeriod | null {
  const latest = (status: ReportingPeriod['status']) =>
    periods.filter((p) => p.status === status).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0]
  return latest('open') ?? latest('closed') ?? null
}
