// A report's views as plain rows, read from its frozen snapshot: the PDF, the workbook and the CSV are all drawn from
// these, so the three exports always show the same figures.
import type { CoverageFigure, OrganisationKind, ReportDetail } from '@uppfoljning/contract'
import { goalRows } from './report-changes'
import { formatShare } from './report-format'

export interface GoalLine {
  goalId: number | null
  code: string
  title: string
  subGoal: boolean
  /** implementation progress 0–1, in the previous period, and the change */
  progress: number | null
  previous: number | null
  change: number | null
  coverage: number | null
  covered: number
  expected: number
  /** progress now − in the previous report; null without one */
  sinceReport: number | null
  analysis: string
}

/** Every goal (sub-goals after their goal), then the county as a whole. */
export function goalLines(report: ReportDetail): GoalLine[] {
  const { snapshot, changes, analyses } = report
  const since = new Map(changes?.goals.map((g) => [g.goalId, g.progress.change]) ?? [])
  const line = (goalId: number | null, code: string, title: string, subGoal: boolean, figures: Pick<ReportDetail['snapshot']['goals']['county'], 'progress' | 'coverage'>, sinceReport: number | null): GoalLine => ({
    goalId,
    code,
    title,
    subGoal,
    progress: figures.progress.progress,
    previous: figures.progress.previous,
    change: figures.progress.change,
    coverage: figures.coverage.coverage,
    covered: figures.coverage.covered,
    expected: figures.coverage.expected,
    sinceReport,
    analysis: goalId === null ? '' : (analyses[String(goalId)] ?? ''),
  })
  return [
    ...goalRows(snapshot).map((g) => line(g.goalId, g.code, g.title, g.parentId !== null, g, since.get(g.goalId) ?? null)),
    line(null, '', 'Hela länet', false, snapshot.goals.county, changes?.county.progress.change ?? null),
  ]
}

export interface CoverageGrid {
  goals: { goalId: number; code: string; title: string }[]
  /** the organisations expected on at least one active measure, in the matrix's order */
  rows: { organisation: string; cells: CoverageFigure[]; total: CoverageFigure }[]
}

/** Coverage per organisation and top-level goal (its sub-goals' measures included), in (measure, organisation) pairs. */
export function coverageGrid(report: ReportDetail): CoverageGrid {
  const { goals, organisations } = report.snapshot.coverage
  return {
    goals: goals.map(({ goalId, code, title }) => ({ goalId, code, title })),
    rows: organisations.flatMap((organisation, column) => {
      if (organisation.coverage.expected === 0) return []
      const cells = goals.map((goal) => {
        const expected = goal.measures.filter((m) => m.cells[column].expected).length
        const covered = goal.measures.filter((m) => m.cells[column].state === 'covered').length
        return { expected, covered, coverage: expected === 0 ? null : covered / expected }
      })
      return [{ organisation: organisation.name, cells, total: organisation.coverage }]
    }),
  }
}

const kinds: Record<OrganisationKind, string> = { municipality: 'Kommun', district: 'Stadsdelsområde', authority: 'Myndighet', region: 'Region', association: 'Kommunförbund' }

export interface OrganisationLine {
  name: string
  kind: string
  progress: number | null
  previous: number | null
  change: number | null
  coverage: number | null
  coverageShare: string
  countedActions: number
  missingActions: number
}

export const organisationLines = (report: ReportDetail): OrganisationLine[] =>
  report.snapshot.organisations.map((o) => ({
    name: o.name,
    kind: kinds[o.kind],
    progress: o.progress.progress,
    previous: o.progress.previous,
    change: o.progress.change,
    coverage: o.coverage.coverage,
    coverageShare: formatShare(o.coverage.covered, o.coverage.expected),
    countedActions: o.progress.counted.actions,
    missingActions: o.progress.leftOut.missingActions,
  }))

const verdicts = { better: 'bättre', worse: 'sämre', unchanged: 'oförändrat' } as const

export interface IndicatorLine {
  name: string
  /** "Hela länet" or the organisation */
  scope: string
  unit: string
  direction: string
  baseline: number | null
  target: number | null
  value: number | null
  suppressed: boolean
  /** 0 at the baseline, 1 at the target */
  ratio: number | null
  targetMet: string
  trend: number | null
  verdict: string
}

export function indicatorLines(report: ReportDetail): IndicatorLine[] {
  const names = new Map(report.snapshot.organisations.map((o) => [o.id, o.name]))
  return report.snapshot.indicators.map((i) => ({
    name: i.name,
    scope: i.organisationId === null ? 'Hela länet' : (names.get(i.organisationId) ?? ''),
    unit: i.unit,
    direction: i.direction === 'increase' ? 'Ska öka' : 'Ska minska',
    baseline: i.baselineValue,
    target: i.targetValue,
    value: i.value,
    suppressed: i.suppressed,
    ratio: i.ratio,
    targetMet: i.targetMet === null ? '' : i.targetMet ? 'Ja' : 'Nej',
    trend: i.trend?.change ?? null,
    verdict: i.trend ? verdicts[i.trend.verdict] : '',
  }))
}

export interface AttentionLine {
  category: string
  subject: string
  organisation: string
  detail: string
}

export const attentionCategories = {
  withoutFollowUp: 'Aktiviteter utan uppföljning',
  pastStart: 'Planerade aktiviteter som borde ha startat',
  noAction: 'Åtgärder utan aktiv aktivitet',
  notReported: 'Organisationer som inte har rapporterat',
} as const

/** The attention flags, category by category. */
export function attentionLines(report: ReportDetail): AttentionLine[] {
  const { attention } = report.snapshot
  const owners = (a: { organisation: { name: string }; coOwners: { name: string }[] }) => [a.organisation.name, ...a.coOwners.map((o) => o.name)].join(', ')
  return [
    ...attention.actionsWithoutFollowUp.map((a) => ({
      category: attentionCategories.withoutFollowUp,
      subject: a.title,
      organisation: owners(a),
      detail: a.uncountedFollowUp?.state === 'returned' ? 'Uppföljningen är återsänd för komplettering.' : 'Ingen uppföljning har kommit in.',
    })),
    ...attention.plannedPastStart.map((a) => ({ category: attentionCategories.pastStart, subject: a.title, organisation: owners(a), detail: `Planerad start ${a.plannedStart ?? ''}` })),
    ...attention.measuresWithoutActiveAction.map((m) => ({ category: attentionCategories.noAction, subject: `${m.code} ${m.title}`, organisation: '', detail: 'Ingen organisation har en aktiv aktivitet.' })),
    ...attention.organisationsNotReported.map((o) => ({
      category: attentionCategories.notReported,
      subject: o.organisation.name,
      organisation: o.organisation.name,
      detail: o.dueActionIds.length > 0 ? `${o.dueActionIds.length} aktiviteter att följa upp` : 'Förväntas bidra men har inga aktiviteter.',
    })),
  ]
}
