// The report as a readable Swedish PDF: its document (report-document.ts) written by the exports' PDF writer.
import type { ReportDetail } from '@uppfoljning/contract'
import { toPdf } from '../../exports/pdf'
import { reportDocument } from './report-document'

export const reportPdf = (report: ReportDetail): Promise<Buffer> => toPdf(reportDocument(report))
