// The coverage matrix as the page shows it: which organisations (rows) and measures (columns, grouped by goal)
// remain after the filters, in the chosen order, and the figures over what is chosen. Pure, so it is tested alone.
import type { CoverageCell, CoverageMeasureRow, OrganisationKind, ProgressCoverage } from '@uppfoljning/contract'

export const organisationSorts = ['name', 'coverage-asc', 'coverage-desc'] as const
export const measureSorts = ['code', 'coverage-asc', 'coverage-desc'] as const
export type OrganisationSort = (typeof organisationSorts)[number]
export type MeasureSort = (typeof measureSorts)[number]

export type MatrixOptions = {
  organisationSort: OrganisationSort
  measureSort: MeasureSort
  /** a top-level goal; null = every goal */
  goalId: number | null
  kind: OrganisationKind | null
  /** only the organisations and measures that have at least one gap among those shown */
  onlyGaps: boolean
}

export const defaultOptions: MatrixOptions = { organisationSort: 'name', measureSort: 'code', goalId: null, kind: null, onlyGaps: false }

/** Covered (measure, expected organisation) pairs of `expected`; coverage null when nothing is expected. */
export type Figure = { expected: number; covered: number; coverage: number | null }

export type MatrixOrganisation = ProgressCoverage['organisations'][number] & { figure: Figure }
export type MatrixMeasure = Omit<CoverageMeasureRow, 'cells'> & { figure: Figure; cellOf: (organisationId: number) => CoverageCell }
export type MatrixGoal = { goalId: number; code: string; title: string; figure: Figure; measures: MatrixMeasure[] }
export type Matrix = { organisations: MatrixOrganisation[]; goals: MatrixGoal[]; /** over every chosen organisation and goal */ figure: Figure }

const notExpected = (organisationId: number): CoverageCell => ({ organisationId, expected: false, state: 'not-expected', actions: [] })

function figureOf(cells: CoverageCell[]): Figure {
  let expected = 0
  let covered = 0
  for (const cell of cells) {
    if (cell.state !== 'not-expected') expected++
    if (cell.state === 'covered') covered++
  }
  return { expected, covered, coverage: expected === 0 ? null : covered / expected }
}

/** Missing figures (nothing expected) go last whichever way the coverage is sorted. */
function byCoverage(a: Figure, b: Figure, direction: 1 | -1): number {
  if (a.coverage === null || b.coverage === null) return a.coverage === b.coverage ? 0 : a.coverage === null ? 1 : -1
  return direction * (a.coverage - b.coverage)
}

const collator = new Intl.Collator('sv', { numeric: true })
export const organisationLabel = (organisation: { name: string; shortName: string | null }) => organisation.shortName ?? organisation.name

/**
 * The matrix for `options`. The figures count over the chosen kind of organisation and goal, not over the
 * "only gaps" filter: hiding the organisations without gaps must not make the figures look worse than they are.
 */
export function buildMatrix(data: ProgressCoverage, options: MatrixOptions): Matrix {
  const goals = data.goals.filter((goal) => options.goalId === null || goal.goalId === options.goalId)
  const organisations = data.organisations.filter((organisation) => options.kind === null || organisation.kind === options.kind)
  const ids = new Set(organisations.map((organisation) => organisation.id))

  const measuresOf = (goal: ProgressCoverage['goals'][number]): MatrixMeasure[] =>
    goal.measures.map(({ cells, ...measure }) => {
      const byOrganisation = new Map(cells.map((cell) => [cell.organisationId, cell]))
      return {
        ...measure,
        figure: figureOf(cells.filter((cell) => ids.has(cell.organisationId))),
        cellOf: (organisationId: number) => byOrganisation.get(organisationId) ?? notExpected(organisationId),
      }
    })
  let matrixGoals: MatrixGoal[] = goals.map((goal) => {
    const measures = measuresOf(goal)
    return { goalId: goal.goalId, code: goal.code, title: goal.title, measures, figure: sumFigures(measures.map((m) => m.figure)) }
  })
  const allMeasures = matrixGoals.flatMap((goal) => goal.measures)
  let rows: MatrixOrganisation[] = organisations.map((organisation) => ({
    ...organisation,
    figure: figureOf(allMeasures.map((measure) => measure.cellOf(organisation.id))),
  }))
  const figure = sumFigures(matrixGoals.map((goal) => goal.figure))

  if (options.onlyGaps) {
    const hasGap = (measure: MatrixMeasure, organisationId: number) => measure.cellOf(organisationId).state === 'gap'
    rows = rows.filter((row) => allMeasures.some((measure) => hasGap(measure, row.id)))
    matrixGoals = matrixGoals
      .map((goal) => ({ ...goal, measures: goal.measures.filter((measure) => rows.some((row) => hasGap(measure, row.id))) }))
      .filter((goal) => goal.measures.length > 0)
  }

  const byName = (a: MatrixOrganisation, b: MatrixOrganisation) => collator.compare(organisationLabel(a), organisationLabel(b))
  const rowOrder = options.organisationSort === 'name' ? byName : (a: MatrixOrganisation, b: MatrixOrganisation) => byCoverage(a.figure, b.figure, options.organisationSort === 'coverage-asc' ? 1 : -1) || byName(a, b)
  const byCode = (a: MatrixMeasure, b: MatrixMeasure) => collator.compare(a.code, b.code)
  const columnOrder = options.measureSort === 'code' ? byCode : (a: MatrixMeasure, b: MatrixMeasure) => byCoverage(a.figure, b.figure, options.measureSort === 'coverage-asc' ? 1 : -1) || byCode(a, b)

  const sortedRows = [...rows].sort(rowOrder)
  return {
    organisations: options.organisationSort === 'name' ? childrenAfterParents(sortedRows) : sortedRows,
    goals: matrixGoals.map((goal) => ({ ...goal, measures: [...goal.measures].sort(columnOrder) })),
    figure,
  }
}

/** Sub-units (a city's districts) right after their parent when it is shown, so that A–Ö reads as a tree. */
function childrenAfterParents(rows: MatrixOrganisation[]): MatrixOrganisation[] {
  const shown = new Set(rows.map((row) => row.id))
  const isChild = (row: MatrixOrganisation) => row.parentId !== null && shown.has(row.parentId)
  return rows.filter((row) => !isChild(row)).flatMap((row) => [row, ...rows.filter((child) => child.parentId === row.id)])
}

function sumFigures(figures: Figure[]): Figure {
  const expected = figures.reduce((sum, f) => sum + f.expected, 0)
  const covered = figures.reduce((sum, f) => sum + f.covered, 0)
  return { expected, covered, coverage: expected === 0 ? null : covered / expected }
}

/** The organisations expected on a measure and not covered, by name (the list view's "gaps by name"). */
export function gapsOf(measure: MatrixMeasure, organisations: MatrixOrganisation[]): MatrixOrganisation[] {
  return organisations.filter((organisation) => measure.cellOf(organisation.id).state === 'gap')
}
