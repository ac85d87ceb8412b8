// GET    /measures               list (strategyId, goalId, expectedOrganisationId, paging; in goal order)
// POST   /measures               create, with its expected organisations and the measures it replaces
// GET    /measures/:id           one
// PATCH  /measures/:id           update (with version); a given id array replaces the stored links
// POST   /measures/:id/archive   archive
// POST   /measures/:id/restore   restore
import { IdParams, Measure, MeasureCreate, MeasurePage, MeasureQuery, MeasureUpdate } from '@uppfoljning/contract'
import { archiveRoutes, route } from '../../http/route'
import * as service from './measures.service'

const tag = 'Åtgärder'

export const measureRoutes = [
  route({ method: 'get', path: '/measures', tag, summary: 'Lista åtgärder', query: MeasureQuery, response: MeasurePage,
    handler: ({ query }) => service.listMeasures(query) }),
  route({ method: 'post', path: '/measures', tag, summary: 'Skapa en åtgärd', body: MeasureCreate, response: Measure, status: 201,
    handler: ({ body }) => service.createMeasure(body) }),
  route({ method: 'get', path: '/measures/:id', tag, summary: 'Hämta en åtgärd', params: IdParams, response: Measure,
    handler: ({ params }) => service.getMeasure(params.id) }),
  route({ method: 'patch', path: '/measures/:id', tag, summary: 'Ändra en åtgärd', params: IdParams, body: MeasureUpdate, response: Measure,
    handler: ({ params, body }) => service.updateMeasure(params.id, body) }),
  ...archiveRoutes({ path: '/measures', tag, noun: 'en åtgärd', response: Measure, setArchived: service.archiveMeasure }),
]
