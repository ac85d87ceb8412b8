// The document model every export is written from: a frozen report and each live view are first turned into an
// ExportDocument (title, blocks of text, tables with typed columns, charts), and the same three writers make the
// PDF (pdf.ts), the workbook (xlsx.ts) and the CSV (csv.ts) of it. A view decides what to show; a writer how.

/**
 * What a column holds, which decides how each writer shows it:
 * - `text`: as is (in CSV, text a spreadsheet would run as a formula is neutralised);
 * - `percent`: a fraction 0–1 — `26 %` in the PDF, a number formatted `0%` in the workbook, `26` in the CSV;
 * - `change`: a change of a fraction, in percentage points — `+12`, in the workbook ×100 formatted `+0;-0;0`;
 * - `number`: a value as entered (indicator values) — `12 345,6`;
 * - `integer`: a count;
 * - `share`: covered of expected, `{ covered, expected }` — `3 av 4` everywhere.
 * A string in any column is shown as is (e.g. `<5` for a suppressed value, or a number already written with its
 * unit); null is a missing figure: `–` in the PDF, an empty cell elsewhere, never 0.
 */
export type ColumnKind = 'text' | 'percent' | 'change' | 'number' | 'integer' | 'share'

export interface Column {
  header: string
  kind: ColumnKind
  /** width in the workbook, in characters */
  width?: number
  /** width in the PDF (points, or 'auto': by content, shrunk to fit; the default); '*' only beside fixed widths */
  pdfWidth?: number | '*' | 'auto'
  /** a shorter header for the printed page */
  pdfHeader?: string
  /** false: only in the workbook and the CSV (a detail the printed page has no room for) */
  pdf?: false
}

/** The columns of a table: a header, the kind of value, and the workbook's width in characters. */
export const column = {
  text: (header: string, width = 30, pdfWidth?: Column['pdfWidth']): Column => ({
    header,
    kind: 'text',
    width,
    ...(pdfWidth ? { pdfWidth } : {}),
  }),
  percent: (header: string, width = 14): Column => ({ header, kind: 'percent', width }),
  /** a change in percentage points; `pdfHeader` when the printed page says "procentenheter" once, elsewhere */
  change: (header: string, width = 16, pdfHeader?: string): Column => ({
    header,
    kind: 'change',
    width,
    ...(pdfHeader ? { pdfHeader } : {}),
  }),
  integer: (header: string, width = 12): Column => ({ header, kind: 'integer', width }),
  number: (header: string, width = 12): Column => ({ header, kind: 'number', width }),
  share: (header: string, width = 12): Column => ({ header, kind: 'share', width }),
}

/**
 * The goal sheet's leading columns, the same in a Lägesrapport and in the live goal view: code, goal, sub-goal,
 * implementation now and in the previous period, the change, coverage, expected and existing contributions.
 */
export const goalSheetColumns = (): Column[] => [
  column.text('Kod', 8),
  column.text('Mål', 40),
  column.text('Delmål', 8),
  column.percent('Genomförande'),
  column.percent('Föregående period'),
  column.change('Förändring (procentenheter)'),
  column.percent('Täckning', 12),
  column.integer('Förväntade bidrag'),
  column.integer('Befintliga bidrag'),
]

export interface Share {
  covered: number
  expected: number
}
export type Value = string | number | Share | null

/** A row: its values in column order; `indent` marks a sub-row (a sub-goal), `bold` a total. */
export type Row = Value[] | { values: Value[]; indent?: boolean; bold?: boolean }

export interface Table {
  /** the sheet's name in the workbook (at most 31 characters, none of : \ / ? * [ ]) */
  name: string
  columns: Column[]
  rows: Row[]
  /** shown in the PDF instead of a table without rows */
  empty?: string
}

export interface ChartSeries {
  name: string
  /** fractions 0–1 (shown as percentages); null where missing: no bar, a gap in the line */
  values: (number | null)[]
}

/** A chart of fractions: horizontal bars per label, or lines over the labels (periods); the numbers are in a table too. */
export interface Chart {
  kind: 'bars' | 'lines'
  /** one label per value: the rows of a bar chart, the x axis of a line chart */
  labels: string[]
  series: ChartSeries[]
  /** read out in the PDF's text for those who cannot see the chart */
  description: string
}

export type Block =
  | { heading: string; level?: 2 | 3; pageBreak?: boolean }
  | { text: string; style?: 'lead' | 'note' | 'strong' | 'body' }
  | { list: string[]; style?: 'note' | 'body'; empty?: string }
  | { table: Table }
  | { chart: Chart }

export interface ExportDocument {
  /** the PDF's first heading and title, the workbook's title */
  title: string
  /** what it is, e.g. "Måluppfyllelse 2025" */
  subject: string
  /** when the figures were computed (the workbook's creation date) */
  created: Date
  /** the PDF's running header; the title when absent */
  runningHeader?: string
  /** a draft: a watermark on every PDF page */
  draft?: boolean
  /** the PDF, after the title */
  blocks: Block[]
  /** the workbook: one sheet per table */
  sheets: Table[]
  /** the CSV: one table */
  csv: Table
}

/** A row's values and style, whichever way it was written. */
export const rowOf = (row: Row): { values: Value[]; indent: boolean; bold: boolean } =>
  Array.isArray(row)
    ? { values: row, indent: false, bold: false }
    : { values: row.values, indent: row.indent ?? false, bold: row.bold ?? false }

export const isShare = (value: Value): value is Share => typeof value === 'object' && value !== null

/** The tables among the blocks, in order: a live view's workbook has one sheet per table it shows. */
export const tablesOf = (blocks: Block[]): Table[] => blocks.flatMap((b) => ('table' in b ? [b.table] : []))
