// GET    /goals               list (strategyId, parentId, paging; by sortOrder, then code)
// POST   /goals               create
// GET    /goals/:id           one
// PATCH  /goals/:id           update (with version)
// POST   /goals/:id/archive   archive
// POST   /goals/:id/restore   restore
import { Goal, GoalCreate, GoalPage, GoalQuery, GoalUpdate } from '@uppfoljning/contract'
import { STAFF_MAINTAINED } from '../../auth/access'
import { resourceRoutes } from '../../http/route'
import * as service from './goals.service'

export const goalRoutes = resourceRoutes({
  path: '/goals',
  tag: 'Mål',
  access: STAFF_MAINTAINED,
  names: { many: 'mål och delmål', one: 'ett mål' },
  schemas: { query: GoalQuery, create: GoalCreate, update: GoalUpdate, item: Goal, page: GoalPage },
  service: {
    list: service.listGoals,
    create: service.createGoal,
    get: service.getGoal,
    update: service.updateGoal,
    setArchived: service.archiveGoal,
  },
})
