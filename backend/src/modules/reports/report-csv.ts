// A report's goal table as CSV for Swedish Excel: semicolon-separated, a UTF-8 BOM (else Excel reads å ä ö as
// Windows-1252), decimal comma, CRLF line ends. Percentages with one decimal; missing figures are empty, never 0.
import type { ReportDetail } from '@uppfoljning/contract'
import { stringify } from 'csv-stringify'
import { csvPercent } from './report-format'
import { goalLines } from './report-tables'

/**
 * Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe, which Excel shows as text (CSV injection). Only text columns: the figures are numbers.
 */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

/** The report's goal fulfilment (every goal, sub-goals marked, and the county) as CSV bytes. */
export function reportCsv(report: ReportDetail): Promise<Buffer> {
  const since = report.changes !== null
  const header = [
    'Kod',
    'Mål',
    'Delmål',
    'Genomförande (%)',
    'Föregående period (%)',
    'Förändring (procentenheter)',
    'Täckning (%)',
    'Förväntade bidrag',
    'Befintliga bidrag',
    ...(since ? ['Sedan förra rapporten (procentenheter)'] : []),
    'Analys',
  ]
  const rows = goalLines(report).map((l) => [
    text(l.code),
    text(l.title),
    l.subGoal ? 'Ja' : '',
    csvPercent(l.progress),
    csvPercent(l.previous),
    csvPercent(l.change),
    csvPercent(l.coverage),
    String(l.expected),
    String(l.covered),
    ...(since ? [csvPercent(l.sinceReport)] : []),
    text(l.analysis),
  ])
  return new Promise((resolve, reject) =>
    stringify([header, ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' }, (error, output) => (error ? reject(error) : resolve(Buffer.from(output, 'utf8')))),
  )
}
