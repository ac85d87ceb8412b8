// The report as an Excel workbook, one sheet per view (report-tables.ts), written by the exports' workbook writer.
import type { ReportDetail } from '@uppfoljning/contract'
import { toXlsx } from '../../exports/xlsx'
import { reportDocument } from './report-document'

export const reportXlsx = (report: ReportDetail): Promise<Buffer> => toXlsx(reportDocument(report))
