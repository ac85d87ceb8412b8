// GET    /strategies               list (status, paging)
// POST   /strategies               create
// GET    /strategies/:id           one
// PATCH  /strategies/:id           update (with version)
// POST   /strategies/:id/archive   archive
// POST   /strategies/:id/restore   restore
//
// `status` (draft, active, archived) is the domain status the steering group sets through PATCH; archive
// and restore only set or clear `archivedAt` (hidden from lists) and never touch `status`.
import { IdParams, Strategy, StrategyCreate, StrategyPage, StrategyQuery, StrategyUpdate } from '@uppfoljning/contract'
import { archiveRoutes, route } from '../../http/route'
import * as service from './strategies.service'

const tag = 'Strategier'

export const strategyRoutes = [
  route({ method: 'get', path: '/strategies', tag, summary: 'Lista strategier', query: StrategyQuery, response: StrategyPage,
    handler: ({ query }) => service.listStrategies(query) }),
  route({ method: 'post', path: '/strategies', tag, summary: 'Skapa en strategi', body: StrategyCreate, response: Strategy, status: 201,
    handler: ({ body }) => service.createStrategy(body) }),
  route({ method: 'get', path: '/strategies/:id', tag, summary: 'Hämta en strategi', params: IdParams, response: Strategy,
    handler: ({ params }) => service.getStrategy(params.id) }),
  route({ method: 'patch', path: '/strategies/:id', tag, summary: 'Ändra en strategi', params: IdParams, body: StrategyUpdate, response: Strategy,
    handler: ({ params, body }) => service.updateStrategy(params.id, body) }),
  ...archiveRoutes({ path: '/strategies', tag, noun: 'en strategi', response: Strategy, setArchived: service.archiveStrategy }),
]
