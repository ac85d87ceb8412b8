// GET    /implementation-plans/:id/history   the plan's history, with its actions' and their links' (paging; newest first)
// GET    /implementation-plans/:id/as-of     the plan as it stood at the end of a day (date, Swedish time) or at a time (at)
// GET    /plan-actions/:id/history           an action's history, with its measure and co-owner links (paging; newest first)
// GET    /follow-ups/:id/history             a follow-up's history (paging; newest first; another organisation's draft: 404)
import { AsOfQuery, HistoryPage, HistoryQuery, IdParams, ImplementationPlanAsOf } from '@uppfoljning/contract'
import { ORGANISATION_OWNED } from '../../auth/access'
import { route } from '../../http/route'
import * as service from './history.service'

const tag = 'Historik'
const access = ORGANISATION_OWNED.read

export const historyRoutes = [
  route({
    method: 'get',
    path: '/implementation-plans/:id/history',
    tag,
    access,
    summary: 'En genomförandeplans historik med dess aktiviteter',
    params: IdParams,
    query: HistoryQuery,
    response: HistoryPage,
    handler: ({ params, query }) => service.planHistory(params.id, query),
  }),
  route({
    method: 'get',
    path: '/implementation-plans/:id/as-of',
    tag,
    access,
    summary: 'En genomförandeplan som den såg ut ett visst datum',
    params: IdParams,
    query: AsOfQuery,
    response: ImplementationPlanAsOf,
    handler: ({ params, query }) => service.planAsOf(params.id, query),
  }),
  route({
    method: 'get',
    path: '/plan-actions/:id/history',
    tag,
    access,
    summary: 'En aktivitets historik med dess kopplingar',
    params: IdParams,
    query: HistoryQuery,
    response: HistoryPage,
    handler: ({ params, query }) => service.actionHistory(params.id, query),
  }),
  route({
    method: 'get',
    path: '/follow-ups/:id/history',
    tag,
    access,
    summary: 'En uppföljnings historik',
    params: IdParams,
    query: HistoryQuery,
    response: HistoryPage,
    handler: ({ params, query, actor }) => service.followUpHistory(params.id, query, actor),
  }),
]
