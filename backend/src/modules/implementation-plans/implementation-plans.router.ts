// GET    /implementation-plans               list (strategyId, organisationId, status, paging)
// POST   /implementation-plans               create
// GET    /implementation-plans/:id           one
// PATCH  /implementation-plans/:id           update (with version)
// POST   /implementation-plans/:id/archive   archive
// POST   /implementation-plans/:id/restore   restore
// A plan's actions (/implementation-plans/:id/actions) are routes of the plan-actions module.
import {
  IdParams,
  ImplementationPlan,
  ImplementationPlanCreate,
  ImplementationPlanPage,
  ImplementationPlanQuery,
  ImplementationPlanUpdate,
} from '@uppfoljning/contract'
import { archiveRoutes, route } from '../../http/route'
import * as service from './implementation-plans.service'

const tag = 'Genomförandeplaner'

export const implementationPlanRoutes = [
  route({ method: 'get', path: '/implementation-plans', tag, summary: 'Lista genomförandeplaner', query: ImplementationPlanQuery, response: ImplementationPlanPage,
    handler: ({ query }) => service.listPlans(query) }),
  route({ method: 'post', path: '/implementation-plans', tag, summary: 'Skapa en genomförandeplan', body: ImplementationPlanCreate, response: ImplementationPlan, status: 201,
    handler: ({ body }) => service.createPlan(body) }),
  route({ method: 'get', path: '/implementation-plans/:id', tag, summary: 'Hämta en genomförandeplan', params: IdParams, response: ImplementationPlan,
    handler: ({ params }) => service.getPlan(params.id) }),
  route({ method: 'patch', path: '/implementation-plans/:id', tag, summary: 'Ändra en genomförandeplan', params: IdParams, body: ImplementationPlanUpdate, response: ImplementationPlan,
    handler: ({ params, body }) => service.updatePlan(params.id, body) }),
  ...archiveRoutes({ path: '/implementation-plans', tag, noun: 'en genomförandeplan', response: ImplementationPlan, setArchived: service.archivePlan }),
]
