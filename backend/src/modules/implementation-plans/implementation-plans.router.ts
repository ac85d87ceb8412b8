// GET    /implementation-plans               list (strategyId, organisationId, status, paging)
// POST   /implementation-plans               create
// GET    /implementation-plans/:id           one
// PATCH  /implementation-plans/:id           update (with version)
// POST   /implementation-plans/:id/archive   archive
// POST   /implementation-plans/:id/restore   restore
// A plan's actions (/implementation-plans/:id/actions) are routes of the plan-actions module.
// The list's answers are kept while the database is unchanged (http/kept-answers.ts), per role and organisations
// (each plan says what the reader may do with it: `can`, plan-policy.ts).
// Access: every signed-in user reads; coordinators write the plans of their own organisations (the service checks).
import {
  ImplementationPlan,
  ImplementationPlanCreate,
  ImplementationPlanPage,
  ImplementationPlanQuery,
  ImplementationPlanUpdate,
} from '@uppfoljning/contract'
import { ORGANISATION_OWNED } from '../../auth/access'
import { resourceRoutes, sameForSameRights } from '../../http/route'
import * as service from './implementation-plans.service'

export const implementationPlanRoutes = resourceRoutes({
  path: '/implementation-plans',
  tag: 'Genomförandeplaner',
  access: ORGANISATION_OWNED,
  names: { many: 'genomförandeplaner', one: 'en genomförandeplan' },
  keepList: sameForSameRights,
  schemas: {
    query: ImplementationPlanQuery,
    create: ImplementationPlanCreate,
    update: ImplementationPlanUpdate,
    item: ImplementationPlan,
    page: ImplementationPlanPage,
  },
  service: {
    list: service.listPlans,
    create: service.createPlan,
    get: service.getPlan,
    update: service.updatePlan,
    setArchived: service.archivePlan,
  },
})
