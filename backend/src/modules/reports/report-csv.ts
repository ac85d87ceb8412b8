// The report's goal table as CSV for Swedish Excel, written by the exports' CSV writer.
import type { ReportDetail } from '@uppfoljning/contract'
import { toCsv } from '../../exports/csv'
import { reportDocument } from './report-document'

export const reportCsv = (report: ReportDetail): Promise<Buffer> => toCsv(reportDocument(report))
