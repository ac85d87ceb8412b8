// GET    /goals               list (strategyId, parentId, paging; by sortOrder, then code)
// POST   /goals               create
// GET    /goals/:id           one
// PATCH  /goals/:id           update (with version)
// POST   /goals/:id/archive   archive
// POST   /goals/:id/restore   restore
import { Goal, GoalCreate, GoalPage, GoalQuery, GoalUpdate, IdParams } from '@uppfoljning/contract'
import { archiveRoutes, route } from '../../http/route'
import * as service from './goals.service'

const tag = 'Mål'

export const goalRoutes = [
  route({ method: 'get', path: '/goals', tag, summary: 'Lista mål och delmål', query: GoalQuery, response: GoalPage,
    handler: ({ query }) => service.listGoals(query) }),
  route({ method: 'post', path: '/goals', tag, summary: 'Skapa ett mål eller delmål', body: GoalCreate, response: Goal, status: 201,
    handler: ({ body }) => service.createGoal(body) }),
  route({ method: 'get', path: '/goals/:id', tag, summary: 'Hämta ett mål', params: IdParams, response: Goal,
    handler: ({ params }) => service.getGoal(params.id) }),
  route({ method: 'patch', path: '/goals/:id', tag, summary: 'Ändra ett mål', params: IdParams, body: GoalUpdate, response: Goal,
    handler: ({ params, body }) => service.updateGoal(params.id, body) }),
  ...archiveRoutes({ path: '/goals', tag, noun: 'ett mål', response: Goal, setArchived: service.archiveGoal }),
]
