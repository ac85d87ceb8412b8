// GET    /strategies               list (status, paging)
// POST   /strategies               create
// GET    /strategies/:id           one
// PATCH  /strategies/:id           update (with version)
// POST   /strategies/:id/archive   archive
// POST   /strategies/:id/restore   restore
//
// `status` (draft, active, archived) is the domain status the steering group sets through PATCH; archive
// and restore only set or clear `archivedAt` (hidden from lists) and never touch `status`.
import { Strategy, StrategyCreate, StrategyPage, StrategyQuery, StrategyUpdate } from '@uppfoljning/contract'
import { STAFF_MAINTAINED } from '../../auth/access'
import { resourceRoutes } from '../../http/route'
import * as service from './strategies.service'

export const strategyRoutes = resourceRoutes({
  path: '/strategies',
  tag: 'Strategier',
  access: STAFF_MAINTAINED,
  names: { many: 'strategier', one: 'en strategi' },
  schemas: { query: StrategyQuery, create: StrategyCreate, update: StrategyUpdate, item: Strategy, page: StrategyPage },
  service: {
    list: service.listStrategies,
    create: service.createStrategy,
    get: service.getStrategy,
    update: service.updateStrategy,
    setArchived: service.archiveStrategy,
  },
})
