// A report as an Excel workbook (exceljs): one sheet per view — Måluppfyllelse, Täckning, Organisationer,
// Indikatorer, Uppmärksamhet. Figures are numbers with a number format (fractions as `0 %`), so they can be
// computed with; missing figures are empty cells, never 0.
import type { ReportDetail } from '@uppfoljning/contract'
import ExcelJS from 'exceljs'
import { attentionLines, goalLines, indicatorLines, organisationLines } from './report-tables'

const PERCENT = '0%'
/** a change of a fraction, shown in percentage points */
const POINTS = '+0;-0;0'

interface Column {
  header: string
  width: number
  format?: string
}

/** A sheet with a bold, frozen header row and one row per entry; `null` becomes an empty cell. */
function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: (string | number | null)[][]): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }))
  ws.getRow(1).font = { bold: true }
  for (const row of rows) ws.addRow(row.map((v) => v ?? undefined))
}

const points = (change: number | null) => (change === null ? null : change * 100)

/** The report as .xlsx bytes. */
export async function reportXlsx(report: ReportDetail): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Uppföljning'
  workbook.title = report.title
  workbook.subject = `Lägesrapport ${report.period.name}`
  workbook.created = new Date(report.computedAt)

  const since = report.changes !== null
  sheet(
    workbook,
    'Måluppfyllelse',
    [
      { header: 'Kod', width: 8 },
      { header: 'Mål', width: 40 },
      { header: 'Delmål', width: 8 },
      { header: 'Genomförande', width: 14, format: PERCENT },
      { header: 'Föregående period', width: 14, format: PERCENT },
      { header: 'Förändring (procentenheter)', width: 16, format: POINTS },
      { header: 'Täckning', width: 12, format: PERCENT },
      { header: 'Förväntade bidrag', width: 12 },
      { header: 'Befintliga bidrag', width: 12 },
      ...(since ? [{ header: 'Sedan förra rapporten (procentenheter)', width: 18, format: POINTS }] : []),
      { header: 'Analys', width: 60 },
    ],
    goalLines(report).map((l) => [
      l.code,
      l.title,
      l.subGoal ? 'Ja' : null,
      l.progress,
      l.previous,
      points(l.change),
      l.coverage,
      l.expected,
      l.covered,
      ...(since ? [points(l.sinceReport)] : []),
      l.analysis,
    ]),
  )

  const organisations = report.snapshot.coverage.organisations
  const stateNames = { covered: 'Täckt', gap: 'Lucka', 'not-expected': '' }
  sheet(
    workbook,
    'Täckning',
    [{ header: 'Åtgärd', width: 10 }, { header: 'Titel', width: 40 }, { header: 'Täckning', width: 12, format: PERCENT }, ...organisations.map((o) => ({ header: o.name, width: 14 }))],
    report.snapshot.coverage.goals.flatMap((goal) =>
      goal.measures.map((m) => [
        m.code,
        m.title,
        m.coverage.coverage,
        // a row's cells are in the organisations' order
        ...m.cells.map((c) => stateNames[c.state]),
      ]),
    ),
  )

  sheet(
    workbook,
    'Organisationer',
    [
      { header: 'Organisation', width: 32 },
      { header: 'Typ', width: 16 },
      { header: 'Genomförande', width: 14, format: PERCENT },
      { header: 'Föregående period', width: 14, format: PERCENT },
      { header: 'Förändring (procentenheter)', width: 16, format: POINTS },
      { header: 'Täckning', width: 12, format: PERCENT },
      { header: 'Bidrag', width: 12 },
      { header: 'Räknade aktiviteter', width: 12 },
      { header: 'Aktiviteter utan uppföljning', width: 14 },
    ],
    organisationLines(report).map((o) => [o.name, o.kind, o.progress, o.previous, points(o.change), o.coverage, o.coverageShare, o.countedActions, o.missingActions]),
  )

  sheet(
    workbook,
    'Indikatorer',
    [
      { header: 'Indikator', width: 40 },
      { header: 'Gäller', width: 24 },
      { header: 'Enhet', width: 10 },
      { header: 'Riktning', width: 12 },
      { header: 'Utgångsvärde', width: 12 },
      { header: 'Målvärde', width: 12 },
      { header: 'Värde', width: 12 },
      { header: 'Av vägen till målet', width: 14, format: PERCENT },
      { header: 'Målet nått', width: 10 },
      { header: 'Förändring', width: 12 },
      { header: 'Trend', width: 12 },
    ],
    indicatorLines(report).map((i) => [i.name, i.scope, i.unit, i.direction, i.baseline, i.target, i.suppressed ? '<5' : i.value, i.ratio, i.targetMet, i.trend, i.verdict]),
  )

  sheet(
    workbook,
    'Uppmärksamhet',
    [
      { header: 'Kategori', width: 36 },
      { header: 'Gäller', width: 40 },
      { header: 'Organisation', width: 32 },
      { header: 'Detalj', width: 40 },
    ],
    attentionLines(report).map((l) => [l.category, l.subject, l.organisation, l.detail]),
  )

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
