// GET    /progress/goals?periodId=                 goal fulfilment: per goal (sub-goals nested) and county-wide
// GET    /progress/coverage?periodId=              the coverage matrix: organisations × active measures, by goal
// GET    /progress/organisations/:id?periodId=     one organisation: its measures, progress, coverage, flags
// GET    /progress/explain?periodId=[&goalId=|&measureId=|&organisationId=]   the rows behind a figure (none: the county's)
// GET    /progress/attention?periodId=             the attention flags, county-wide
// GET    /progress/map?periodId=[&goalId=|&measureId=]   every municipality's progress and coverage over a subject's measures
// GET    /progress/trends?periodId=                the figures of every period up to this one, and the county's indicator values
// GET    /progress/{goals,coverage,map,trends}/export.{pdf,xlsx,csv}   each view as a file, with the view's query
// GET    /progress/organisations/:id/export.{pdf,xlsx,csv}
// Access: every signed-in user reads (a coordinator does not see other organisations' draft follow-ups).
// Computed live from the database through the progress model (docs/progress.md); a constant number of queries.
import {
  IdParams,
  ProgressAttention,
  ProgressCoverage,
  ProgressCsv,
  ProgressExplainQuery,
  ProgressExplanation,
  ProgressGoals,
  ProgressMap,
  ProgressMapQuery,
  ProgressOrganisationView,
  ProgressPdf,
  ProgressQuery,
  ProgressTrends,
  ProgressXlsx,
} from '@uppfoljning/contract'
import type { z } from 'zod'
import type { Actor } from '../../auth/actor'
import { sendFile, type ExportFile, type ExportFormat } from '../../exports/download'
import { route } from '../../http/route'
import { explainFigure } from './progress-explain.service'
import * as files from './progress-exports.service'
import { getProgressMap } from './progress-map.service'
import { getTrends } from './progress-trends.service'
import { today, visibilityOf } from './progress.scope'
import * as service from './progress.service'

const tag = 'Resultat'
const access = 'signed-in'
/** The views' answers are kept while the database is unchanged, per visibility and day (progress.scope.ts). */
const keep = (actor: Actor) => `${visibilityOf(actor)}/${today()}`

const fileTypes = {
  pdf: { response: ProgressPdf, as: 'PDF' },
  xlsx: { response: ProgressXlsx, as: 'Excel-arbetsbok' },
  csv: { response: ProgressCsv, as: 'CSV' },
} as const
const formats = Object.keys(fileTypes) as ExportFormat[]

/** The three downloads of a view at `<path>/export.<format>`, with the view's query (and params). */
const exportRoutes = <Q extends typeof ProgressQuery | typeof ProgressMapQuery>(
  path: string,
  summary: string,
  query: Q,
  write: (query: z.output<Q>, format: ExportFormat, actor: Actor) => Promise<ExportFile>,
) =>
  formats.map((format) =>
    route({
      method: 'get',
      path: `${path}/export.${format}`,
      tag,
      access,
      summary: `${summary} som ${fileTypes[format].as}`,
      query,
      response: fileTypes[format].response,
      handler: async ({ query: parsed, actor, res }) => sendFile(res, await write(parsed as z.output<Q>, format, actor)),
    }),
  )

export const progressRoutes = [
  route({
    method: 'get',
    path: '/progress/goals',
    tag,
    access,
    summary: 'Måluppfyllelse per mål och för hela länet',
    query: ProgressQuery,
    response: ProgressGoals,
    keep,
    handler: ({ query, actor }) => service.getGoalProgress(query, actor),
  }),
  route({
    method: 'get',
    path: '/progress/coverage',
    tag,
    access,
    summary: 'Täckning: organisationer × åtgärder',
    query: ProgressQuery,
    response: ProgressCoverage,
    keep,
    handler: ({ query, actor }) => service.getCoverageMatrix(query, actor),
  }),
  route({
    method: 'get',
    path: '/progress/organisations/:id',
    tag,
    access,
    summary: 'En organisations resultat',
    params: IdParams,
    query: ProgressQuery,
    response: ProgressOrganisationView,
    keep,
    handler: ({ params, query, actor }) => service.getOrganisationProgress(params.id, query, actor),
  }),
  route({
    method: 'get',
    path: '/progress/explain',
    tag,
    access,
    summary: 'Underlaget för en siffra',
    query: ProgressExplainQuery,
    response: ProgressExplanation,
    keep,
    handler: ({ query, actor }) => explainFigure(query, actor),
  }),
  route({
    method: 'get',
    path: '/progress/attention',
    tag,
    access,
    summary: 'Att uppmärksamma: saknade uppföljningar, försenade aktiviteter, luckor',
    query: ProgressQuery,
    response: ProgressAttention,
    keep,
    handler: ({ query, actor }) => service.getAttention(query, actor),
  }),
  route({
    method: 'get',
    path: '/progress/map',
    tag,
    access,
    summary: 'Karta: kommunernas genomförande och täckning för ett mål, en åtgärd eller hela strategin',
    query: ProgressMapQuery,
    response: ProgressMap,
    keep,
    handler: ({ query, actor }) => getProgressMap(query, actor),
  }),
  route({
    method: 'get',
    path: '/progress/trends',
    tag,
    access,
    summary: 'Utveckling över tid: varje period fram till den valda',
    query: ProgressQuery,
    response: ProgressTrends,
    keep,
    handler: ({ query, actor }) => getTrends(query, actor),
  }),
  ...exportRoutes('/progress/goals', 'Måluppfyllelsen', ProgressQuery, files.exportGoals),
  ...exportRoutes('/progress/coverage', 'Täckningen', ProgressQuery, files.exportCoverage),
  ...exportRoutes('/progress/map', 'Kommunernas siffror', ProgressMapQuery, files.exportMap),
  ...exportRoutes('/progress/trends', 'Utvecklingen över tid', ProgressQuery, files.exportTrends),
  ...formats.map((format) =>
    route({
      method: 'get',
      path: `/progress/organisations/:id/export.${format}`,
      tag,
      access,
      summary: `En organisations resultat som ${fileTypes[format].as}`,
      params: IdParams,
      query: ProgressQuery,
      response: fileTypes[format].response,
      handler: async ({ params, query, actor, res }) => sendFile(res, await files.exportOrganisation(params.id, query, format, actor)),
    }),
  ),
]
