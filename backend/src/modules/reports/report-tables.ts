// A report's views as plain rows, read from its frozen snapshot, and as the typed tables of its workbook (the first
// is also its CSV): the PDF, the workbook and the CSV are all drawn from these, so they always show the same figures.
import type { CoverageFigure, ReportDetail } from '@uppfoljning/contract'
import { column, goalSheetColumns, type Table } from '../../exports/document'
import { formatShare } from '../../exports/format'
import { directionNames, organisationKindNames, verdictNames } from '../../exports/labels'
import { goalRows } from './report-changes'

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
  const line = (
    goalId: number | null,
    code: string,
    title: string,
    subGoal: boolean,
    figures: Pick<ReportDetail['snapshot']['goals']['county'], 'progress' | 'coverage'>,
    sinceReport: number | null,
  ): GoalLine => ({
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
    kind: organisationKindNames[o.kind],
    progress: o.progress.progress,
    previous: o.progress.previous,
    change: o.progress.change,
    coverage: o.coverage.coverage,
    coverageShare: formatShare(o.coverage.covered, o.coverage.expected),
    countedActions: o.progress.counted.actions,
    missingActions: o.progress.leftOut.missingActions,
  }))

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
    direction: directionNames[i.direction],
    baseline: i.baselineValue,
    target: i.targetValue,
    value: i.value,
    suppressed: i.suppressed,
    ratio: i.ratio,
    targetMet: i.targetMet === null ? '' : i.targetMet ? 'Ja' : 'Nej',
    trend: i.trend?.change ?? null,
    verdict: i.trend ? verdictNames[i.trend.verdict] : '',
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
  const owners = (a: { organisation: { name: string }; coOwners: { name: string }[] }) =>
    [a.organisation.name, ...a.coOwners.map((o) => o.name)].join(', ')
  return [
    ...attention.actionsWithoutFollowUp.map((a) => ({
      category: attentionCategories.withoutFollowUp,
      subject: a.title,
      organisation: owners(a),
      detail:
        a.uncountedFollowUp?.state === 'returned' ? 'Uppföljningen är återsänd för komplettering.' : 'Ingen uppföljning har kommit in.',
    })),
    ...attention.plannedPastStart.map((a) => ({
      category: attentionCategories.pastStart,
      subject: a.title,
      organisation: owners(a),
      detail: `Planerad start ${a.plannedStart ?? ''}`,
    })),
    ...attention.measuresWithoutActiveAction.map((m) => ({
      category: attentionCategories.noAction,
      subject: `${m.code} ${m.title}`,
      organisation: '',
      detail: 'Ingen organisation har en aktiv aktivitet.',
    })),
    ...attention.organisationsNotReported.map((o) => ({
      category: attentionCategories.notReported,
      subject: o.organisation.name,
      organisation: o.organisation.name,
      detail:
        o.dueActionIds.length > 0 ? `${o.dueActionIds.length} aktiviteter att följa upp` : 'Förväntas bidra men har inga aktiviteter.',
    })),
  ]
}

// ---- the workbook's sheets (the first one is also the CSV) ---------------------------------------------------------

const { text, percent, change, integer } = column

/** Goal fulfilment: every goal (sub-goals marked), then the county, with the analyses. */
export function goalTable(report: ReportDetail): Table {
  const since = report.changes !== null
  return {
    name: 'Måluppfyllelse',
    columns: [...goalSheetColumns(), ...(since ? [change('Sedan förra rapporten (procentenheter)', 18)] : []), text('Analys', 60)],
    rows: goalLines(report).map((l) => [
      l.code,
      l.title,
      l.subGoal ? 'Ja' : null,
      l.progress,
      l.previous,
      l.change,
      l.coverage,
      l.expected,
      l.covered,
      ...(since ? [l.sinceReport] : []),
      l.analysis,
    ]),
  }
}

const stateNames = { covered: 'Täckt', gap: 'Lucka', 'not-expected': '' } as const

/** The coverage matrix: active measures × organisations, Täckt/Lucka. */
export function coverageTable(report: ReportDetail): Table {
  const { organisations, goals } = report.snapshot.coverage
  return {
    name: 'Täckning',
    columns: [text('Åtgärd', 10), text('Titel', 40), percent('Täckning', 12), ...organisations.map((o) => text(o.name, 14))],
    // a row's cells are in the organisations' order
    rows: goals.flatMap((goal) =>
      goal.measures.map((m) => [m.code, m.title, m.coverage.coverage, ...m.cells.map((c) => stateNames[c.state])]),
    ),
  }
}

export const organisationTable = (report: ReportDetail): Table => ({
  name: 'Organisationer',
  columns: [
    text('Organisation', 32),
    text('Typ', 16),
    percent('Genomförande'),
    percent('Föregående period'),
    change('Förändring (procentenheter)'),
    percent('Täckning', 12),
    text('Bidrag', 12),
    integer('Räknade aktiviteter'),
    integer('Aktiviteter utan uppföljning', 14),
  ],
  rows: organisationLines(report).map((o) => [
    o.name,
    o.kind,
    o.progress,
    o.previous,
    o.change,
    o.coverage,
    o.coverageShare,
    o.countedActions,
    o.missingActions,
  ]),
})

export const indicatorTable = (report: ReportDetail): Table => ({
  name: 'Indikatorer',
  columns: [
    text('Indikator', 40),
    text('Gäller', 24),
    text('Enhet', 10),
    text('Riktning', 12),
    { header: 'Utgångsvärde', kind: 'number', width: 12 },
    { header: 'Målvärde', kind: 'number', width: 12 },
    { header: 'Värde', kind: 'number', width: 12 },
    percent('Av vägen till målet'),
    text('Målet nått', 10),
    { header: 'Förändring', kind: 'number', width: 12 },
    text('Trend', 12),
  ],
  rows: indicatorLines(report).map((i) => [
    i.name,
    i.scope,
    i.unit,
    i.direction,
    i.baseline,
    i.target,
    i.suppressed ? '<5' : i.value,
    i.ratio,
    i.targetMet,
    i.trend,
    i.verdict,
  ]),
})

export const attentionTable = (report: ReportDetail): Table => ({
  name: 'Uppmärksamhet',
  columns: [text('Kategori', 36), text('Gäller', 40), text('Organisation', 32), text('Detalj', 40)],
  rows: attentionLines(report).map((l) => [l.category, l.subject, l.organisation, l.detail]),
})
