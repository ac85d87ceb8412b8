// An export document's CSV table for Swedish Excel: semicolon-separated, a UTF-8 BOM (else Excel reads å ä ö as
// Windows-1252), decimal comma, CRLF line ends. Percentages with one decimal and "(%)" in their header; changes in
// percentage points; missing figures are empty, never 0.
import { stringify } from 'csv-stringify'
import { isShare, rowOf, type Column, type ExportDocument, type Value } from './document'
import { csvNumber, csvPercent, formatShare } from './format'

/**
 * Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe, which Excel shows as text (CSV injection). Figures are written by us and are never text.
 */
export const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

function cell(kind: Column['kind'], value: Value): string {
  if (value === null) return ''
  if (isShare(value)) return formatShare(value.covered, value.expected)
  if (typeof value === 'string') return neutralise(value)
  switch (kind) {
    case 'percent':
    case 'change':
      return csvPercent(value)
    case 'number':
      return csvNumber(value)
    default:
      return String(value)
  }
}

/** The document's CSV table as bytes. */
export function toCsv(document: ExportDocument): Promise<Buffer> {
  const { columns, rows } = document.csv
  // headers may be names too (an organisation per column)
  const header = columns.map((c) => neutralise(c.kind === 'percent' ? `${c.header} (%)` : c.header))
  const lines = rows.map((r) => {
    const { values } = rowOf(r)
    return columns.map((c, i) => cell(c.kind, values[i] ?? null))
  })
  return new Promise((resolve, reject) =>
    stringify([header, ...lines], { delimiter: ';', bom: true, record_delimiter: 'windows' }, (error, output) =>
      error ? reject(error) : resolve(Buffer.from(output, 'utf8')),
    ),
  )
}
