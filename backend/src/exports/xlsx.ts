// An export document as an Excel workbook (exceljs): one sheet per table, with a bold, frozen header row. Figures are
// numbers with a number format (fractions as `0 %`, changes in percentage points), so they can be computed with;
// missing figures are empty cells, never 0.
import ExcelJS from 'exceljs'
import { isShare, rowOf, type Column, type ExportDocument, type Table, type Value } from './document'
import { formatShare } from './format'

const formats: Partial<Record<Column['kind'], string>> = { percent: '0%', change: '+0;-0;0' }

/** A value as a cell: numbers stay numbers (a change in points), a share is text, null an empty cell. */
function cell(kind: Column['kind'], value: Value): string | number | undefined {
  if (value === null) return undefined
  if (isShare(value)) return formatShare(value.covered, value.expected)
  if (typeof value === 'number' && kind === 'change') return value * 100
  return value
}

function sheet(workbook: ExcelJS.Workbook, table: Table): void {
  const ws = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = table.columns.map((c) => {
    const numFmt = formats[c.kind]
    return { header: c.header, width: c.width ?? (c.kind === 'text' ? 30 : 14), ...(numFmt ? { style: { numFmt } } : {}) }
  })
  ws.getRow(1).font = { bold: true }
  for (const row of table.rows) {
    const { values } = rowOf(row)
    ws.addRow(table.columns.map((c, i) => cell(c.kind, values[i] ?? null)))
  }
}

/** The document's sheets as .xlsx bytes. */
export async function toXlsx(document: ExportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Uppföljning'
  workbook.title = document.title
  workbook.subject = document.subject
  workbook.created = document.created
  for (const table of document.sheets) sheet(workbook, table)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
