// GET    /progress/goals?periodId=                 goal fulfilment: per goal (sub-goals nested) and county-wide
// GET    /progress/coverage?periodId=              the coverage matrix: organisations × active measures, by goal
// GET    /progress/organisations/:id?periodId=     one organisation: its measures, progress, coverage, flags
// GET    /progress/explain?periodId=[&goalId=|&measureId=|&organisationId=]   the rows behind a figure (none: the county's)
// GET    /progress/attention?periodId=             the attention flags, county-wide
// Access: every signed-in user reads (a coordinator does not see other organisations' draft follow-ups).
// Computed live from the database through the progress model (docs/progress.md); a constant number of queries.
import {
  IdParams,
  ProgressAttention,
  ProgressCoverage,
  ProgressExplainQuery,
  ProgressExplanation,
  ProgressGoals,
  ProgressOrganisationView,
  ProgressQuery,
} from '@uppfoljning/contract'
import { route } from '../../http/route'
import { explainFigure } from './progress-explain.service'
import * as service from './progress.service'

const tag = 'Resultat'
const access = 'signed-in'

export const progressRoutes = [
  route({ method: 'get', path: '/progress/goals', tag, access, summary: 'Måluppfyllelse per mål och för hela länet', query: ProgressQuery, response: ProgressGoals,
    handler: ({ query, actor }) => service.getGoalProgress(query, actor) }),
  route({ method: 'get', path: '/progress/coverage', tag, access, summary: 'Täckning: organisationer × åtgärder', query: ProgressQuery, response: ProgressCoverage,
    handler: ({ query, actor }) => service.getCoverageMatrix(query, actor) }),
  route({ method: 'get', path: '/progress/organisations/:id', tag, access, summary: 'En organisations resultat', params: IdParams, query: ProgressQuery, response: ProgressOrganisationView,
    handler: ({ params, query, actor }) => service.getOrganisationProgress(params.id, query, actor) }),
  route({ method: 'get', path: '/progress/explain', tag, access, summary: 'Underlaget för en siffra', query: ProgressExplainQuery, response: ProgressExplanation,
    handler: ({ query, actor }) => explainFigure(query, actor) }),
  route({ method: 'get', path: '/progress/attention', tag, access, summary: 'Att uppmärksamma: saknade uppföljningar, försenade aktiviteter, luckor', query: ProgressQuery, response: ProgressAttention,
    handler: ({ query, actor }) => service.getAttention(query, actor) }),
]
