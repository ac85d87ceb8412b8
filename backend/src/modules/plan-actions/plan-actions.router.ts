// GET    /implementation-plans/:id/actions   a plan's actions (status, measureId, goalId, paging)
// POST   /implementation-plans/:id/actions   create an action in the plan
// GET    /plan-actions                       county-wide search (strategyId, organisationId, planId, status, measureId, goalId, paging)
// GET    /plan-actions/:id                   one
// PATCH  /plan-actions/:id                   update (with version; measureIds/coOwnerIds replace the links)
// POST   /plan-actions/:id/archive           archive
// POST   /plan-actions/:id/restore           restore
// Both lists' answers are kept while the database is unchanged (http/kept-answers.ts), per role and organisations
// (each action says what the reader may do with it: `can`, action-policy.ts).
// An action's follow-ups (/plan-actions/:id/follow-ups) are routes of the follow-ups module.
// Access: every signed-in user reads; coordinators of the plan's organisation add actions. A joint action's
// co-owners' coordinators edit its description and status; only the plan's organisation's coordinators and OPK
// staff change its other fields (title, responsible unit, dates, measures, co-owners) and archive or restore it;
// all while the plan is not archived (action-policy.ts; the service checks).
import {
  IdParams,
  PlanAction,
  PlanActionCreate,
  PlanActionPage,
  PlanActionQuery,
  PlanActionSearchQuery,
  PlanActionUpdate,
} from '@uppfoljning/contract'
import { ACTION_WRITERS, ORGANISATION_OWNED } from '../../auth/access'
import { itemRoutes, route, sameForSameRights } from '../../http/route'
import * as service from './plan-actions.service'

const tag = 'Aktiviteter'

export const planActionRoutes = [
  route({
    method: 'get',
    path: '/implementation-plans/:id/actions',
    tag,
    access: ORGANISATION_OWNED.read,
    summary: 'Lista en genomförandeplans aktiviteter',
    params: IdParams,
    query: PlanActionQuery,
    response: PlanActionPage,
    keep: sameForSameRights,
    handler: ({ params, query, actor }) => service.listPlanActions(params.id, query, actor),
  }),
  route({
    method: 'post',
    path: '/implementation-plans/:id/actions',
    tag,
    access: ORGANISATION_OWNED.write,
    summary: 'Lägg till en aktivitet i en genomförandeplan',
    params: IdParams,
    body: PlanActionCreate,
    response: PlanAction,
    status: 201,
    handler: ({ params, body, actor }) => service.createPlanAction(params.id, body, actor),
  }),
  route({
    method: 'get',
    path: '/plan-actions',
    tag,
    access: ORGANISATION_OWNED.read,
    summary: 'Sök aktiviteter i hela länet',
    query: PlanActionSearchQuery,
    response: PlanActionPage,
    keep: sameForSameRights,
    handler: ({ query, actor }) => service.searchPlanActions(query, actor),
  }),
  ...itemRoutes({
    path: '/plan-actions',
    tag,
    one: 'en aktivitet',
    // the owners' coordinators and OPK staff; which fields each may change: action-policy.ts
    access: { read: ORGANISATION_OWNED.read, write: ACTION_WRITERS },
    schemas: { update: PlanActionUpdate, item: PlanAction },
    service: { get: service.getPlanAction, update: service.updatePlanAction, setArchived: service.archivePlanAction },
  }),
]
