// GET    /reports                    list (periodId, strategyId, status, paging); anonymous: published only
// POST   /reports                    create a draft of a period with its figures computed now
// GET    /reports/:id                one, with its figures and what changed since the previous approved report
// PATCH  /reports/:id                title, summary, analyses per goal (with version; only a draft)
// POST   /reports/:id/refresh        recompute a draft's figures (with version)
// POST   /reports/:id/approve        draft → approved = published; never changes again (with version)
// POST   /reports/:id/archive        archive a draft (the period may then get a new report)
// POST   /reports/:id/restore        restore an archived draft
// GET    /reports/:id/export.pdf     the report as PDF
// GET    /reports/:id/export.xlsx    the report as an Excel workbook, one sheet per view
// GET    /reports/:id/export.csv     the goal table as CSV (semicolons, UTF-8 BOM)
// Access: OPK staff write drafts; the steering group approves; every signed-in user reads every report; anyone,
// signed in or not, reads the published ones (a draft is 404 to them). Any write to an approved report is 422.
import {
  IdParams,
  ReportCreate,
  ReportCsv,
  ReportDetail,
  ReportPage,
  ReportPdf,
  ReportQuery,
  ReportTransition,
  ReportUpdate,
  ReportXlsx,
} from '@uppfoljning/contract'
import { REPORT_APPROVERS, REPORT_WRITERS } from '../../auth/access'
import { sendFile } from '../../exports/download'
import { route } from '../../http/route'
import * as service from './reports.service'

const tag = 'Rapporter'

const exportRoute = (format: service.ExportFormat, response: typeof ReportPdf, summary: string) =>
  route({
    method: 'get',
    path: `/reports/:id/export.${format}`,
    tag,
    access: 'public',
    summary,
    params: IdParams,
    response,
    handler: async ({ params, actor, res }) => sendFile(res, await service.exportReport(params.id, format, actor)),
  })

export const reportRoutes = [
  route({
    method: 'get',
    path: '/reports',
    tag,
    access: 'public',
    summary: 'Lista lägesrapporter (utan inloggning: de publicerade)',
    query: ReportQuery,
    response: ReportPage,
    handler: ({ query, actor }) => service.listReports(query, actor),
  }),
  route({
    method: 'post',
    path: '/reports',
    tag,
    access: REPORT_WRITERS,
    summary: 'Skapa en lägesrapport för en period',
    body: ReportCreate,
    response: ReportDetail,
    status: 201,
    handler: ({ body, actor }) => service.createReport(body, actor),
  }),
  route({
    method: 'get',
    path: '/reports/:id',
    tag,
    access: 'public',
    summary: 'Hämta en lägesrapport med siffror och förändring sedan förra rapporten',
    params: IdParams,
    response: ReportDetail,
    handler: ({ params, actor }) => service.getReport(params.id, actor),
  }),
  route({
    method: 'patch',
    path: '/reports/:id',
    tag,
    access: REPORT_WRITERS,
    summary: 'Ändra ett utkasts titel, sammanfattning och analyser',
    params: IdParams,
    body: ReportUpdate,
    response: ReportDetail,
    handler: ({ params, body, actor }) => service.updateReport(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/reports/:id/refresh',
    tag,
    access: REPORT_WRITERS,
    summary: 'Räkna om ett utkasts siffror',
    params: IdParams,
    body: ReportTransition,
    response: ReportDetail,
    handler: ({ params, body, actor }) => service.refreshReport(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/reports/:id/approve',
    tag,
    access: REPORT_APPROVERS,
    summary: 'Godkänn och publicera en lägesrapport',
    params: IdParams,
    body: ReportTransition,
    response: ReportDetail,
    handler: ({ params, body, actor }) => service.approveReport(params.id, body, actor),
  }),
  route({
    method: 'post',
    path: '/reports/:id/archive',
    tag,
    access: REPORT_WRITERS,
    summary: 'Arkivera ett utkast',
    params: IdParams,
    response: ReportDetail,
    handler: ({ params, actor }) => service.archiveReport(params.id, true, actor),
  }),
  route({
    method: 'post',
    path: '/reports/:id/restore',
    tag,
    access: REPORT_WRITERS,
    summary: 'Återställ ett arkiverat utkast',
    params: IdParams,
    response: ReportDetail,
    handler: ({ params, actor }) => service.archiveReport(params.id, false, actor),
  }),
  exportRoute('pdf', ReportPdf, 'Lägesrapporten som PDF'),
  exportRoute('xlsx', ReportXlsx, 'Lägesrapporten som Excel-arbetsbok'),
  exportRoute('csv', ReportCsv, 'Måluppfyllelsen per mål som CSV'),
]
